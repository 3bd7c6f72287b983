import { DuplicateResourceError, InvalidArgumentError, NotFoundError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, collection, identityCloud, noContent, notFound, sent } from "../fixtures.js";
import {
  createdProjectBody,
  otherProjectBody,
  projectBody,
  projectWithParentsBody,
  updatedProjectBody,
} from "./fixtures.js";
import { projects } from "../../src/projects/project.js";

const { server, setup } = identityCloud();

describe("projects", () => {
  it("lists with filters by their wire names, tags as Keystone's comma-separated value", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/projects`, () => collection("projects", [projectBody, otherProjectBody])));
    const all = await facade.listProjects({
      domain_id: "default",
      enabled: true,
      is_domain: false,
      tags: ["a", "b"],
      "not-tags-any": "c",
    });
    expect(all.map((p) => p.name)).toEqual(["admin", "demo"]);
    expect(all[1]?.parent_id).toBeNull();
    expect(sent(seen[0]!)).toBe(
      "GET /v3/projects?domain_id=default&enabled=true&is_domain=false&tags=a%2Cb&not-tags-any=c",
    );
    // @ts-expect-error: not a filter of listProjects
    await expect(facade.listProjects({ domain: "default" })).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(seen).toHaveLength(1);
  });

  it("stops after one page: Keystone's links object has no next", async () => {
    const { session, seen } = setup();
    server.use(http.get(`${API}/projects`, () => collection("projects", [projectBody])));
    expect(await projects.list(session, { parent_id: "default" }, { limit: 5 })).toHaveLength(1);
    expect(seen.map(sent)).toEqual(["GET /v3/projects?parent_id=default&limit=5"]);
  });

  it("gets one project", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/projects/:id`, () => HttpResponse.json({ project: projectBody })));
    const project = await facade.getProject(projectBody.id);
    expect(project).toMatchObject({ name: "admin", domain_id: "default", is_domain: false, options: {} });
    expect(sent(seen[0]!)).toBe(`GET /v3/projects/${projectBody.id}`);
  });

  it("gets one project with its parents or subtree by Keystone's flags, sent bare when on", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/projects/:id`, () => HttpResponse.json(projectWithParentsBody)));
    const project = await facade.getProject("263fd9", { parents_as_list: true, include_limits: false });
    expect(project).toMatchObject({ name: "Dev Group A", parents: projectWithParentsBody.project.parents });
    await facade.getProject("263fd9", { subtree_as_ids: true, include_limits: true });
    // @ts-expect-error: a flag is true or false
    await expect(facade.getProject("263fd9", { parents_as_ids: "0" })).rejects.toThrow(
      `getProject option 'parents_as_ids' must be boolean, got "0"`,
    );
    // @ts-expect-error: not an option of getProject
    await expect(facade.getProject("263fd9", { parents: true })).rejects.toThrow(
      "getProject has no option 'parents'; it takes: signal, parents_as_list, parents_as_ids, subtree_as_list, subtree_as_ids, include_limits",
    );
    expect(seen.map(sent)).toEqual([
      "GET /v3/projects/263fd9?parents_as_list=",
      "GET /v3/projects/263fd9?subtree_as_ids=&include_limits=",
    ]);
  });

  it("creates inside the project envelope", async () => {
    const { facade, seen } = setup();
    server.use(http.post(`${API}/projects`, () => HttpResponse.json({ project: createdProjectBody }, { status: 201 })));
    const created = await facade.createProject({
      name: "myNewProject",
      description: "My new project",
      domain_id: "default",
      enabled: true,
      is_domain: false,
      options: {},
    });
    expect(created.id).toBe(createdProjectBody.id);
    expect(await seen[0]!.json()).toEqual({
      project: {
        name: "myNewProject",
        description: "My new project",
        domain_id: "default",
        enabled: true,
        is_domain: false,
        options: {},
      },
    });
  });

  it("refuses a create without a name and read-only or fixed fields, before any request", async () => {
    const { facade, seen } = setup();
    // @ts-expect-error: name is required
    await expect(facade.createProject({ description: "x" })).rejects.toThrow(/needs 'name'/);
    // @ts-expect-error: id is read-only
    await expect(facade.createProject({ name: "x", id: "mine" })).rejects.toThrow(/'id' cannot be set/);
    // @ts-expect-error: a project cannot move to another domain
    await expect(facade.updateProject(projectBody.id, { domain_id: "other" })).rejects.toThrow(
      /'domain_id' cannot be set/,
    );
    // @ts-expect-error: enabled is a boolean
    await expect(facade.updateProject(projectBody.id, { enabled: "no" })).rejects.toThrow(
      /'enabled' has the wrong type/,
    );
    expect(seen).toHaveLength(0);
  });

  it("updates with PATCH and deletes, ignoring a project already gone", async () => {
    const { facade, seen } = setup();
    server.use(
      http.patch(`${API}/projects/:id`, () => HttpResponse.json({ project: updatedProjectBody })),
      http.delete(`${API}/projects/:id`, ({ params }) =>
        params["id"] === "gone" ? notFound("Could not find project: gone.") : noContent(),
      ),
    );
    const updated = await facade.updateProject(createdProjectBody, {
      name: "myUpdatedProject",
      description: "My updated project",
    });
    expect(updated).toMatchObject({ name: "myUpdatedProject", domain_id: null, is_domain: true });
    expect(await seen[0]!.json()).toEqual({ project: { name: "myUpdatedProject", description: "My updated project" } });
    await facade.deleteProject(createdProjectBody.id);
    await facade.deleteProject("gone");
    await expect(facade.deleteProject("gone", { ignoreMissing: false })).rejects.toThrow(
      "Could not find project: gone.",
    );
    expect(seen.map(sent)).toEqual([
      `PATCH /v3/projects/${createdProjectBody.id}`,
      `DELETE /v3/projects/${createdProjectBody.id}`,
      "DELETE /v3/projects/gone",
      "DELETE /v3/projects/gone",
    ]);
  });

  it("finds by id, then by name within a domain, and reports duplicates", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/projects/:id`, ({ params }) =>
        params["id"] === projectBody.id
          ? HttpResponse.json({ project: projectBody })
          : notFound(`Could not find project: ${String(params["id"])}.`),
      ),
      http.get(`${API}/projects`, ({ request }) => {
        const name = new URL(request.url).searchParams.get("name");
        if (name === "twice")
          return collection(
            "projects",
            [projectBody, otherProjectBody].map((p) => ({ ...p, name })),
          );
        return collection("projects", name === "demo" ? [otherProjectBody] : []);
      }),
    );
    expect((await facade.findProject(projectBody.id))?.name).toBe("admin");
    expect((await facade.findProject("demo", { domain_id: "default" }))?.id).toBe(otherProjectBody.id);
    expect(sent(seen.at(-1)!)).toBe("GET /v3/projects?domain_id=default&name=demo");
    expect(await facade.findProject("nowhere")).toBeNull();
    await expect(facade.findProject("nowhere", { ignoreMissing: false })).rejects.toBeInstanceOf(NotFoundError);
    await expect(facade.findProject("twice")).rejects.toBeInstanceOf(DuplicateResourceError);
  });
});
