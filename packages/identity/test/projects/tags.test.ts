import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, collection, identityCloud, noContent, notFound, sent } from "../fixtures.js";
import { projectBody } from "./fixtures.js";

const { server, setup } = identityCloud();
const TAGS = `${API}/projects/:project/tags`;
const path = `/v3/projects/${projectBody.id}/tags`;

// Bodies from the Identity v3 API reference ("Project tags").
const tagsBody = { tags: ["foo", "bar"], links: { self: `http://example.com/identity${path}` } };

describe("project tags", () => {
  it("gets and replaces a project's tags", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(TAGS, () => HttpResponse.json(tagsBody)),
      http.put(TAGS, () => HttpResponse.json(tagsBody)),
    );
    expect(await facade.getProjectTags({ project: projectBody })).toEqual(tagsBody.tags);
    expect(await facade.setProjectTags({ project: projectBody.id, tags: ["foo", "bar"] })).toEqual(tagsBody);
    expect(seen.map(sent)).toEqual([`GET ${path}`, `PUT ${path}`]);
    expect(await seen[1]!.json()).toEqual({ tags: ["foo", "bar"] });
  });

  it("adds, checks and removes one tag, and removes them all", async () => {
    const { facade, seen } = setup();
    server.use(
      http.put(`${TAGS}/:tag`, () => new HttpResponse(null, { status: 201 })),
      http.get(`${TAGS}/:tag`, ({ params }) =>
        params["tag"] === "foo" ? noContent() : notFound("Could not find tag: baz."),
      ),
      http.delete(`${TAGS}/:tag`, () => noContent()),
      http.delete(TAGS, () => noContent()),
    );
    const project = projectBody.id;
    expect(await facade.addProjectTag({ project, tag: "foo" })).toBeUndefined();
    expect(await facade.checkProjectTag({ project, tag: "foo" })).toBe(true);
    expect(await facade.checkProjectTag({ project, tag: "baz" })).toBe(false);
    await facade.removeProjectTag({ project, tag: "foo" });
    await facade.removeAllProjectTags({ project });
    expect(seen.map(sent)).toEqual([
      `PUT ${path}/foo`,
      `GET ${path}/foo`,
      `GET ${path}/baz`,
      `DELETE ${path}/foo`,
      `DELETE ${path}`,
    ]);
  });

  it("keeps a tag in its own path segment", async () => {
    const { facade, seen } = setup();
    server.use(http.put(`${TAGS}/:tag`, () => new HttpResponse(null, { status: 201 })));
    await facade.addProjectTag({ project: projectBody.id, tag: "a b?" });
    expect(sent(seen[0]!)).toBe(`PUT ${path}/a%20b%3F`);
    await expect(facade.addProjectTag({ project: projectBody.id, tag: "a/b" })).rejects.toThrow(/cannot be "a\/b"/);
    // @ts-expect-error: the tag is needed
    await expect(facade.removeProjectTag({ project: projectBody.id })).rejects.toThrow(/tag/);
    expect(seen).toHaveLength(1);
  });
});

describe("the user's projects", () => {
  it("lists what the token's user may scope to, and a user's projects, typed as projects", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/auth/projects`, () => collection("projects", [projectBody])),
      http.get(`${API}/users/:user/projects`, () => collection("projects", [projectBody])),
    );
    expect((await facade.listAuthProjects())[0]?.name).toBe(projectBody.name);
    expect((await facade.listUserProjects({ user: "u1" })).map((p) => p.id)).toEqual([projectBody.id]);
    expect(seen.map(sent)).toEqual(["GET /v3/auth/projects", "GET /v3/users/u1/projects"]);
  });
});
