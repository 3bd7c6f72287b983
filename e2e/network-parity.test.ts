// openstack-ts beside Python's openstacksdk on the same Neutron: the same ids, in the same
// order, from the same lists (conn.network.networks(), routers(), security_groups(),
// subnet_pools()), unfiltered and filtered by tags.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Connection } from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, STATE, uniqueName } from "./support/cloud.js";

const conn = new Connection(admin);
const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const undo of cleanup.reverse()) await undo().catch((error: unknown) => console.warn("cleanup:", error));
});

/** openstacksdk's ids for each list, as the admin of clouds.yaml's `local` cloud sees them. */
function openstacksdk(lists: Record<string, Record<string, string>>): Record<string, string[]> {
  const script = fileURLToPath(new URL("support/network-ids.py", import.meta.url));
  const env = { ...process.env, OS_CLIENT_CONFIG_FILE: fileURLToPath(new URL("clouds.yaml", STATE)), OS_CLOUD: "" };
  return JSON.parse(
    execFileSync("/usr/bin/python3", [script], { input: JSON.stringify({ cloud: "local", lists }), env }).toString(),
  ) as Record<string, string[]>;
}

const ids = async (items: PromiseLike<{ id: string }[]>) => (await items).map((item) => item.id);

/** Ours, each list in full. */
const everything = async () => ({
  networks: await ids(conn.network.listNetworks()),
  routers: await ids(conn.network.listRouters()),
  security_groups: await ids(conn.network.listSecurityGroups()),
  subnet_pools: await ids(conn.network.listSubnetPools()),
});

const tag = uniqueName("parity");
const made: Record<string, string[]> = { networks: [], routers: [] };

beforeAll(async () => {
  for (let i = 0; i < 3; i++) {
    const net = await conn.network.createNetwork({ name: `${tag}-${i}` });
    cleanup.push(() => conn.network.deleteNetwork(net));
    await conn.network.addTag({ resourceType: "networks", resource: net, tag });
    made["networks"]!.push(net.id);
  }
  for (let i = 0; i < 2; i++) {
    const router = await conn.network.createRouter({ name: `${tag}-${i}` });
    cleanup.push(() => conn.network.deleteRouter(router));
    await conn.network.addTag({ resourceType: "routers", resource: router, tag });
    made["routers"]!.push(router.id);
  }
});

describe("network lists beside openstacksdk", () => {
  it("gives the ids openstacksdk gives for networks, routers, security groups and subnet pools", async () => {
    // Ours before and after Python's: another suite changing the cloud meanwhile cannot make
    // this flaky, while any difference of ours from openstacksdk's still shows.
    const before = await everything();
    const python = openstacksdk({ networks: {}, routers: {}, security_groups: {}, subnet_pools: {} });
    const after = await everything();
    for (const list of Object.keys(before) as (keyof typeof before)[]) {
      expect([before[list], after[list]], list).toContainEqual(python[list]);
    }
    expect(python["networks"]).toEqual(expect.arrayContaining(made["networks"]!));
    expect(python["routers"]).toEqual(expect.arrayContaining(made["routers"]!));
  });

  it("gives the same ids for the same tag filter, and for a name filter", async () => {
    const python = openstacksdk({
      networks: { tags: tag },
      routers: { tags: tag },
      "networks#name": { name: `${tag}-1` },
    });
    expect(await ids(conn.network.listNetworks({ tags: [tag] }))).toEqual(python["networks"]);
    expect(await ids(conn.network.listRouters({ tags: tag }))).toEqual(python["routers"]);
    expect([...python["networks"]!].sort()).toEqual([...made["networks"]!].sort());
    expect([...python["routers"]!].sort()).toEqual([...made["routers"]!].sort());
    expect(await ids(conn.network.listNetworks({ name: `${tag}-1` }))).toEqual(python["networks#name"]);
    expect(python["networks#name"]).toEqual([made["networks"]![1]]);
  });

  it("pages to the same list openstacksdk reads in one request", async () => {
    const python = openstacksdk({ "networks#tagged": { tags: tag } });
    expect(await ids(conn.network.listNetworks({ tags: tag }, { limit: 1 }))).toEqual(python["networks#tagged"]);
  });
});
