// Neutron's tags API on the real service, on several resource types, and the tag filters of
// lists (tags, tags-any, not-tags, not-tags-any), which core sends comma-separated.
import { Connection, NotFoundError } from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/cloud.js";

const conn = new Connection(admin);
const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const undo of cleanup.reverse()) await undo().catch((error: unknown) => console.warn("cleanup:", error));
});

/** One resource of each taggable type, by the collection name the tags API uses. */
const tagged: [string, { id: string }][] = [];

beforeAll(async () => {
  const net = await conn.network.createNetwork({ name: uniqueName("tags") });
  cleanup.push(() => conn.network.deleteNetwork(net));
  const subnet = await conn.network.createSubnet({ network_id: net.id, ip_version: 4, cidr: "10.78.0.0/24" });
  const port = await conn.network.createPort({ network_id: net.id });
  cleanup.push(() => conn.network.deletePort(port));
  const router = await conn.network.createRouter({ name: uniqueName("tags") });
  cleanup.push(() => conn.network.deleteRouter(router));
  const group = await conn.network.createSecurityGroup({ name: uniqueName("tags") });
  cleanup.push(() => conn.network.deleteSecurityGroup(group));
  const pool = await conn.network.createSubnetPool({ name: uniqueName("tags"), prefixes: ["10.182.0.0/16"] });
  cleanup.push(() => conn.network.deleteSubnetPool(pool));
  tagged.push(
    ["networks", net],
    ["subnets", subnet],
    ["ports", port],
    ["routers", router],
    ["security-groups", group],
    ["subnetpools", pool],
  );
});

describe("tags on the real Neutron", () => {
  it("sets, adds, checks, removes and clears tags on networks, subnets, ports, routers, security groups and subnet pools", async () => {
    for (const [resourceType, resource] of tagged) {
      const where = { resourceType, resource };
      expect(await conn.network.setTags({ ...where, tags: ["red", "blue"] }), resourceType).toEqual({
        tags: expect.arrayContaining(["red", "blue"]),
      });
      await conn.network.addTag({ ...where, tag: "green" });
      await conn.network.addTag({ ...where, tag: "green" });
      expect(((await conn.network.getTags(where)) as { tags: string[] }).tags.sort(), resourceType).toEqual([
        "blue",
        "green",
        "red",
      ]);
      expect(await conn.network.checkTag({ ...where, tag: "green" })).toBe(true);
      expect(await conn.network.checkTag({ ...where, tag: "black" })).toBe(false);
      await conn.network.removeTag({ ...where, tag: "green" });
      await expect(conn.network.removeTag({ ...where, tag: "green" })).rejects.toBeInstanceOf(NotFoundError);
      await conn.network.removeAllTags(where);
      expect(await conn.network.getTags(where), resourceType).toEqual({ tags: [] });
    }
  });

  it("shows tags on the resource itself and encodes tags that need it", async () => {
    const [, router] = tagged.find(([type]) => type === "routers")!;
    await conn.network.setTags({ resourceType: "routers", resource: router, tags: ["env=prod", "team a"] });
    expect((await conn.network.getRouter(router.id)).tags?.sort()).toEqual(["env=prod", "team a"]);
    expect(await conn.network.checkTag({ resourceType: "routers", resource: router, tag: "team a" })).toBe(true);
    expect((await conn.network.listRouters({ tags: ["env=prod", "team a"] })).map((r) => r.id)).toEqual([router.id]);
    await conn.network.removeAllTags({ resourceType: "routers", resource: router });
  });

  it("filters lists with tags (all of), tags-any, not-tags (not all of) and not-tags-any", async () => {
    const run = uniqueName("t");
    const [a, b, c] = ["a", "b", "c"].map((t) => `${run}-${t}`) as [string, string, string];
    const nets: string[] = [];
    for (const tags of [[a, b], [b, c], [c]]) {
      const net = await conn.network.createNetwork({ name: uniqueName("tagged") });
      cleanup.push(() => conn.network.deleteNetwork(net));
      await conn.network.setTags({ resourceType: "networks", resource: net, tags });
      nets.push(net.id);
    }
    const [ab, bc, onlyC] = nets as [string, string, string];
    // Among this run's networks only: other networks carry none of these tags.
    const ours = async (query: Parameters<typeof conn.network.listNetworks>[0]) =>
      (await conn.network.listNetworks(query))
        .map((n) => n.id)
        .filter((id) => nets.includes(id))
        .sort();

    expect(await ours({ tags: [a, b] })).toEqual([ab]);
    expect(await ours({ tags: [b] })).toEqual([ab, bc].sort());
    expect(await ours({ "tags-any": [a, c] })).toEqual([ab, bc, onlyC].sort());
    expect(await ours({ "not-tags": [b, c] })).toEqual([ab, onlyC].sort());
    expect(await ours({ "not-tags-any": [a, b] })).toEqual([onlyC]);
    expect(await ours({ tags: c, "not-tags": b })).toEqual([onlyC]);
  });
});
