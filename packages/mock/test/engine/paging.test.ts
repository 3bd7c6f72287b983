// Each service's paging style, checked on the wire and through core's paginate (the SDK's loop).
import { paginate } from "@openstack-ts/core";
import { describe, expect, it } from "vitest";
import { mockCloud } from "../../src/cloud/mock-cloud.js";
import { clientOf } from "../fixtures.js";

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Every page's item ids, as core's paginate fetches them. */
async function pages(
  cloud: ReturnType<typeof mockCloud>,
  firstUrl: string,
  baseUrl: string,
  itemsKey: string | undefined,
  style: "links" | "marker",
  limit: number,
  markerField = "id",
) {
  const { token } = clientOf(cloud);
  const seen: string[] = [];
  const result: string[][] = [];
  for await (const page of paginate<Record<string, string>>({
    firstUrl,
    baseUrl,
    itemsKey,
    style,
    markerField,
    limit,
    fetchPage: async (url) => {
      seen.push(url);
      const response = await cloud.fetch(url, { headers: { "X-Auth-Token": token } });
      return { body: await response.json(), headers: response.headers };
    },
    parse: (raw) => raw as Record<string, string>,
  })) {
    result.push(page.map((item) => item[markerField]!));
  }
  return { result, seen };
}

describe("paging styles", () => {
  it("Keystone: no paging outside users, groups, projects and domains; `limit` ignored, a links object", async () => {
    const cloud = mockCloud({ roles: range(5).map((i) => ({ name: `r${i}` })) });
    const { body } = await clientOf(cloud).get("v3/roles?limit=2");
    expect(body.roles).toHaveLength(cloud.state.roles.length);
    expect(body.roles.length).toBeGreaterThan(2);
    expect(body.links).toEqual({ next: null, self: `${cloud.authUrl}/roles?limit=2`, previous: null });
    expect(body).not.toHaveProperty("truncated");
  });

  it("Keystone 2025.1: projects in id order with `limit`/`marker`, `links.next` and `truncated` on full pages", async () => {
    const cloud = mockCloud({ projects: range(5).map((i) => ({ name: `p${i}` })) });
    const ids = cloud.state.projects.map((p) => p["id"] as string).sort();
    expect(ids).toHaveLength(9);
    const admin = clientOf(cloud);
    const first = await admin.get("v3/projects?limit=4");
    expect(first.body.projects.map((p: { id: string }) => p.id)).toEqual(ids.slice(0, 4));
    expect(first.body.links).toEqual({
      next: `${cloud.authUrl}/projects?limit=4&marker=${ids[3]}`,
      self: `${cloud.authUrl}/projects?limit=4`,
      previous: null,
    });
    expect(first.body.truncated).toBe(true);
    // The last, short page names no next page and is not truncated.
    const last = await admin.get(`v3/projects?limit=4&marker=${ids[7]}`);
    expect(last.body.projects.map((p: { id: string }) => p.id)).toEqual([ids[8]]);
    expect(last.body.links.next).toBeNull();
    expect(last.body).not.toHaveProperty("truncated");
    // Without limit or marker: everything, in the order stored, as before 2025.1.
    const all = await admin.get("v3/projects");
    expect(all.body.projects).toHaveLength(9);
    expect(all.body.links.next).toBeNull();
    const { result } = await pages(
      cloud,
      `${cloud.authUrl}/projects?limit=4`,
      `${cloud.authUrl}/`,
      "projects",
      "links",
      4,
    );
    expect(result).toEqual([ids.slice(0, 4), ids.slice(4, 8), [ids[8]]]);
  });

  it("Keystone 2025.1: a full last page still names a next page, which is empty; filters stay in the links", async () => {
    const cloud = mockCloud({ users: range(4).map((i) => ({ name: `u${i}`, password: "x", description: "paged" })) });
    const ids = cloud.state.users
      .filter((u) => u["domain_id"] === "default")
      .map((u) => u["id"] as string)
      .sort();
    const limit = ids.length;
    const { result, seen } = await pages(
      cloud,
      `${cloud.authUrl}/users?domain_id=default&limit=${limit}`,
      `${cloud.authUrl}/`,
      "users",
      "links",
      limit,
    );
    expect(result).toEqual([ids]);
    expect(seen).toEqual([
      `${cloud.authUrl}/users?domain_id=default&limit=${limit}`,
      `${cloud.authUrl}/users?domain_id=default&limit=${limit}&marker=${ids.at(-1)}`,
    ]);
  });

  it("Keystone 2025.1: groups page too, and are made, filtered and refused as Keystone does", async () => {
    const cloud = mockCloud({ groups: range(3).map((i) => ({ name: `g${i}`, description: `group ${i}` })) });
    const admin = clientOf(cloud);
    const ids = cloud.state.groups.map((g) => g["id"] as string).sort();
    const { result } = await pages(cloud, `${cloud.authUrl}/groups?limit=2`, `${cloud.authUrl}/`, "groups", "links", 2);
    expect(result).toEqual([ids.slice(0, 2), ids.slice(2)]);
    const created = await admin.post("v3/groups", { group: { name: "ops" } });
    expect(created.status).toBe(201);
    expect(created.body.group).toMatchObject({ name: "ops", domain_id: "default" });
    expect(created.body.group.links.self).toBe(`${cloud.authUrl}/groups/${created.body.group.id}`);
    expect((await admin.post("v3/groups", { group: { name: "ops" } })).status).toBe(409);
    expect((await admin.get("v3/groups?name=ops")).body.groups).toHaveLength(1);
    expect((await admin.get("v3/groups/nope")).body.error.message).toBe("Could not find group: nope.");
    expect((await clientOf(cloud, "demo").get("v3/groups")).status).toBe(403);
  });

  it("Keystone 2025.1: domains page too, and a marker that names nothing is Keystone's 404", async () => {
    const cloud = mockCloud({ domains: range(3).map((i) => ({ name: `d${i}` })) });
    const admin = clientOf(cloud);
    const ids = cloud.state.domains.map((d) => d["id"] as string).sort();
    const { body } = await admin.get("v3/domains?limit=2");
    expect(body.domains.map((d: { id: string }) => d.id)).toEqual(ids.slice(0, 2));
    expect(body.links.next).toBe(`${cloud.authUrl}/domains?limit=2&marker=${ids[1]}`);
    const bad = await admin.get("v3/domains?limit=2&marker=gone");
    expect(bad.status).toBe(404);
    expect(bad.body).toEqual({ error: { code: 404, title: "Not Found", message: "Marker gone could not be found." } });
  });

  it("Neutron: `<key>_links` with next and previous while pages are full, in id order", async () => {
    const cloud = mockCloud({ networks: range(5).map((i) => ({ name: `n${i}` })) });
    const first = await clientOf(cloud).get("network/v2.0/networks?limit=2");
    expect(first.body.networks).toHaveLength(2);
    const [next, previous] = first.body.networks_links;
    expect(next).toEqual({
      rel: "next",
      href: `${cloud.urls.network}/v2.0/networks?limit=2&marker=${first.body.networks[1].id}`,
    });
    expect(previous.rel).toBe("previous");
    const ids = cloud.state.networks.map((n) => n["id"] as string).sort();
    const { result } = await pages(
      cloud,
      `${cloud.urls.network}/v2.0/networks?limit=2`,
      `${cloud.urls.network}/v2.0/`,
      "networks",
      "links",
      2,
    );
    expect(result).toEqual([ids.slice(0, 2), ids.slice(2, 4), ids.slice(4, 6)]);
  });

  it("Neutron: a marker that names nothing is the resource's 404", async () => {
    const cloud = mockCloud();
    const { status, body } = await clientOf(cloud).get("network/v2.0/networks?limit=1&marker=gone");
    expect(status).toBe(404);
    expect(body).toEqual({
      NeutronError: { type: "NetworkNotFound", message: "Network gone could not be found.", detail: "" },
    });
  });

  it("Nova: `<key>_links` on full pages of the detail list, newest first; a bad marker is a 400", async () => {
    const cloud = mockCloud({
      flavors: range(3).map((i) => ({ id: `f-${i}`, name: `extra-${i}`, ram: 64, vcpus: 1, disk: 0 })),
    });
    const admin = clientOf(cloud);
    const detail = await admin.get("compute/v2.1/flavors/detail?limit=4");
    expect(detail.body.flavors_links).toEqual([
      { rel: "next", href: `${cloud.urls.compute}/v2.1/flavors/detail?limit=4&marker=${detail.body.flavors[3].id}` },
    ]);
    const all = cloud.state.flavors.map((f) => f["id"] as string).sort();
    const { result } = await pages(
      cloud,
      `${cloud.urls.compute}/v2.1/flavors/detail?limit=4`,
      `${cloud.urls.compute}/v2.1`,
      "flavors",
      "links",
      4,
    );
    expect(result).toEqual([all.slice(0, 4), all.slice(4)]);
    const bad = await admin.get("compute/v2.1/flavors/detail?marker=nope");
    expect(bad.body).toEqual({ badRequest: { code: 400, message: "marker [nope] not found" } });
  });

  it("Glance: a top-level `next` (with its /v2 prefix), `first` and `schema`; 25 a page by default", async () => {
    const cloud = mockCloud({
      images: range(30).map((i) => ({ name: `img-${i}`, disk_format: "raw", container_format: "bare" })),
    });
    const { body } = await clientOf(cloud).get("image/v2/images");
    expect(body.images).toHaveLength(25);
    expect(body.next).toBe(`/v2/images?limit=25&marker=${body.images[24].id}`);
    expect(body.first).toBe("/v2/images");
    expect(body.schema).toBe("/v2/schemas/images");
    const { result, seen } = await pages(
      cloud,
      `${cloud.urls.image}/v2/images?limit=10`,
      `${cloud.urls.image}/v2/`,
      "images",
      "links",
      10,
    );
    expect(result.map((p) => p.length)).toEqual([10, 10, 10, 1]);
    expect(seen[1]).toBe(`${cloud.urls.image}/v2/images?limit=10&marker=${result[0]![9]}`);
  });

  it("Swift: a bare array by name, paged by `marker`", async () => {
    const cloud = mockCloud({
      objects: ["c", "a", "e", "b", "d"].map((name) => ({ container: "box", name, data: name })),
    });
    const account = `${cloud.urls["object-store"]}/v1/AUTH_${cloud.ids.projects.admin}`;
    const { body } = await clientOf(cloud).get(
      `object-store/v1/AUTH_${cloud.ids.projects.admin}/box?format=json&limit=2&marker=b`,
    );
    expect(body.map((o: { name: string }) => o.name)).toEqual(["c", "d"]);
    const { result } = await pages(
      cloud,
      `${account}/box?format=json&limit=2`,
      account,
      undefined,
      "marker",
      2,
      "name",
    );
    expect(result).toEqual([["a", "b"], ["c", "d"], ["e"]]);
  });

  it("Placement: everything at once, and unknown parameters refused", async () => {
    const cloud = mockCloud({ resourceProviders: range(3).map((i) => ({ name: `rp-${i}` })) });
    const admin = clientOf(cloud);
    expect((await admin.get("placement/resource_providers?limit=1")).status).toBe(400);
    expect((await admin.get("placement/resource_providers")).body.resource_providers).toHaveLength(3);
  });
});
