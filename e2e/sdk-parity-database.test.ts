// openstack-ts beside Python's openstacksdk on the same Trove: the same instances (by id, in
// any order: Trove sorts instances by nothing stable) and the same flavors. Paged, openstacksdk
// fails: Trove forces its next links to https://, which openstacksdk follows as they are; ours
// pages on the endpoint it called. openstacksdk's database proxy has no datastores, configuration groups or backups to compare; its databases and users need
// an ACTIVE instance, which the loopback cloud's guestless instances never become.
// What we make we make with our SDK; openstacksdk only lists.
import { Connection } from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demo, uniqueName } from "./support/cloud.js";
import { type Row, pythonLists } from "./support/python-lists.js";

const conn = new Connection(demo);
const db = conn.database;
const prefix = uniqueName("trove-parity");
const made: string[] = [];

interface Ask {
  service: "database";
  method: "instances" | "flavors";
  query?: Record<string, string | number | boolean>;
  fields?: string[];
}

/** openstacksdk's items for each list, as clouds.yaml's demo. */
const openstacksdk = (lists: Record<string, Ask>) => pythonLists(lists, { cloud: "local-demo" });

beforeAll(async () => {
  const flavor = await db.findFlavor("m1.tiny");
  for (const n of [1, 2]) {
    const instance = await db.createInstance({
      name: `${prefix}-${n}`,
      flavorRef: flavor!.str_id,
      volume: { size: 1 },
    });
    made.push(instance.id);
  }
}, 120_000);

afterAll(async () => {
  // Trove refuses a delete while an instance builds: wait for its guest to time out (ERROR)
  for (const id of made) {
    await db.waitForInstance(id, { status: "ERROR", interval: 2_000, timeout: 300_000 }).catch(() => undefined);
    await db.deleteInstance(id).catch(() => undefined);
  }
  for (const id of made) await db.waitForDeleteInstance(id, { timeout: 120_000 }).catch(() => undefined);
}, 600_000);

describe("the same lists as openstacksdk", () => {
  it("instances: the same ids with the same names, whole and (ours) paged; order aside: Trove sorts by nothing stable", async () => {
    const theirs = openstacksdk({ all: { service: "database", method: "instances", fields: ["name"] } });
    const ours = await db.listInstances();
    const byId = (a: Row, b: Row) => String(a.id).localeCompare(String(b.id));
    expect(ours.map((i) => ({ id: i.id, name: i.name })).sort(byId)).toEqual(theirs.all!.sort(byId));
    expect(ours.map((i) => i.id)).toEqual(expect.arrayContaining(made));
    expect((await db.listInstances({ limit: 1 })).map((i) => i.id).sort()).toEqual(theirs.all!.map((i) => i.id).sort());
  });

  it("openstacksdk's own paging fails where ours does not: it follows Trove's https:// next link to a plain-HTTP port", () => {
    expect(() => openstacksdk({ paged: { service: "database", method: "instances", query: { limit: 1 } } })).toThrow(
      /openstacksdk failed on paged: SSLError/,
    );
  });

  it("flavors: the same names and RAM in the same order (openstacksdk reads Trove's id: null as the id)", async () => {
    const theirs = openstacksdk({ all: { service: "database", method: "flavors", fields: ["name", "ram"] } });
    const ours = await db.listFlavors();
    expect(ours.map((f) => ({ id: f.id, name: f.name, ram: f.ram }))).toEqual(theirs.all);
  });
});
