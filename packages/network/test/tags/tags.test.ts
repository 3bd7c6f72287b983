import { NotFoundError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, bodyOf, networkCloud, noContent, notFound, sent } from "../fixtures.js";
import { tags, taggableResourceTypes } from "../../src/tags/tag.js";

const { server, setup } = networkCloud();
const net = "d32019d3-bc6e-4319-9c1d-6722fc136a22";

/** A fake tags API for any resource: one set of tags per URL, as Neutron keeps them. */
function tagsApi() {
  const store = new Map<string, Set<string>>();
  const at = (type: unknown, id: unknown) => {
    const key = `${String(type)}/${String(id)}`;
    if (!store.has(key)) store.set(key, new Set());
    return store.get(key)!;
  };
  const all = `${API}/:type/:id/tags`;
  const one = `${API}/:type/:id/tags/:tag`;
  return [
    http.get(all, ({ params }) => HttpResponse.json({ tags: [...at(params["type"], params["id"])] })),
    http.put(all, async ({ params, request }) => {
      const { tags: next } = (await request.json()) as { tags: string[] };
      store.set(`${String(params["type"])}/${String(params["id"])}`, new Set(next));
      return HttpResponse.json({ tags: next });
    }),
    http.delete(all, ({ params }) => (at(params["type"], params["id"]).clear(), noContent())),
    http.get(one, ({ params }) =>
      at(params["type"], params["id"]).has(String(params["tag"]))
        ? noContent()
        : notFound("TagNotFound", `Tag ${String(params["tag"])} could not be found.`),
    ),
    http.put(
      one,
      ({ params }) => (
        at(params["type"], params["id"]).add(String(params["tag"])), new HttpResponse(null, { status: 201 })
      ),
    ),
    http.delete(one, ({ params }) =>
      at(params["type"], params["id"]).delete(String(params["tag"]))
        ? noContent()
        : notFound("TagNotFound", `Tag ${String(params["tag"])} could not be found.`),
    ),
  ];
}

describe("tags", () => {
  it("sets, reads, adds, checks and removes tags of a network", async () => {
    const { facade, seen } = setup();
    server.use(...tagsApi());
    expect(await facade.setTags({ resourceType: "networks", resource: net, tags: ["red", "blue"] })).toEqual({
      tags: ["red", "blue"],
    });
    await facade.addTag({ resourceType: "networks", resource: { id: net }, tag: "green" });
    expect(await facade.getTags({ resourceType: "networks", resource: net })).toEqual({
      tags: ["red", "blue", "green"],
    });
    expect(await facade.checkTag({ resourceType: "networks", resource: net, tag: "green" })).toBe(true);
    await facade.removeTag({ resourceType: "networks", resource: net, tag: "green" });
    expect(await facade.checkTag({ resourceType: "networks", resource: net, tag: "green" })).toBe(false);
    await expect(facade.removeTag({ resourceType: "networks", resource: net, tag: "green" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await facade.removeAllTags({ resourceType: "networks", resource: net });
    expect(await facade.getTags({ resourceType: "networks", resource: net })).toEqual({ tags: [] });
    const path = `/v2.0/networks/${net}/tags`;
    expect(seen.map(sent)).toEqual([
      `PUT ${path}`,
      `PUT ${path}/green`,
      `GET ${path}`,
      `GET ${path}/green`,
      `DELETE ${path}/green`,
      `GET ${path}/green`,
      `DELETE ${path}/green`,
      `DELETE ${path}`,
      `GET ${path}`,
    ]);
    expect(await bodyOf(seen[0]!)).toEqual({ tags: ["red", "blue"] });
  });

  it.each(taggableResourceTypes)("reaches %s/{id}/tags", async (resourceType) => {
    const { facade, seen } = setup();
    server.use(...tagsApi());
    await facade.addTag({ resourceType, resource: "abc", tag: "x" });
    expect(seen.map(sent)).toEqual([`PUT /v2.0/${resourceType}/abc/tags/x`]);
  });

  it("encodes a tag as one path segment and refuses one that would leave it", async () => {
    const { facade, seen } = setup();
    server.use(...tagsApi());
    await facade.addTag({ resourceType: "ports", resource: "p1", tag: "env=prod & more" });
    expect(seen.map(sent)).toEqual(["PUT /v2.0/ports/p1/tags/env%3Dprod%20%26%20more"]);
    await expect(facade.addTag({ resourceType: "ports", resource: "p1", tag: "a/b" })).rejects.toThrow(/'\/'/);
    // @ts-expect-error: the resource is missing
    await expect(facade.setTags({ resourceType: "ports", tags: [] })).rejects.toThrow(/resource/);
    expect(seen).toHaveLength(1);
    // Tags are actions only: no verbs, so no listTags or getTag derive from them.
    expect(Object.keys(tags.actions).sort()).toEqual([
      "addTag",
      "checkTag",
      "getTags",
      "removeAllTags",
      "removeTag",
      "setTags",
    ]);
    // @ts-expect-error: tags are not a collection
    expect(facade.listTags).toBeUndefined();
  });

  it("filters lists by tags, comma-separated, on every taggable resource", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/routers`, () => HttpResponse.json({ routers: [] })),
      http.get(`${API}/subnetpools`, () => HttpResponse.json({ subnetpools: [] })),
      http.get(`${API}/trunks`, () => HttpResponse.json({ trunks: [] })),
    );
    await facade.listRouters({ tags: ["a", "b"], "not-tags-any": ["c", "d"] });
    await facade.listSubnetPools({ "tags-any": ["a", "b"] });
    await facade.listTrunks({ "not-tags": "c" });
    expect(seen.map(sent)).toEqual([
      "GET /v2.0/routers?tags=a%2Cb&not-tags-any=c%2Cd",
      "GET /v2.0/subnetpools?tags-any=a%2Cb",
      "GET /v2.0/trunks?not-tags=c",
    ]);
  });
});
