// Trove's everyday calls that need no guest, the same file against the real cloud and the
// fake one (support/target.ts): the mysql datastore with versions 5.7.29 (its default) and
// 8.0, a version's parameters, Nova's flavors as Trove shows them (id null, str_id, links
// forced to https); configuration groups made, read, found, paged one by one, replaced (PUT),
// added to (PATCH), refused an option mysql lacks (422), deleted then 404 in Trove's words.
// Instances are not made here: on the real cloud one stays BUILD until the taskmanager gives
// up on its guest (60 s and more) and cannot be deleted before (e2e/database.test.ts); the
// fake's BUILD → ERROR is unit-tested.
import { Connection, NotFoundError } from "@openstack-ts/openstack";
import { afterAll, describe, expect, it } from "vitest";
import { demo, uniqueName } from "./support/target.js";

const conn = new Connection(demo);
const db = conn.database;
const prefix = uniqueName("mf-trove");
const cleanup: (() => Promise<unknown>)[] = [];

afterAll(async () => {
  for (const undo of cleanup.reverse()) await undo().catch((error) => console.warn("cleanup:", error));
});

describe("datastores and flavors", () => {
  it("mysql with 5.7.29 (its default) and 8.0, and a version's parameters", async () => {
    const [mysql] = (await db.listDatastores()).filter((d) => d.name === "mysql");
    expect(mysql).toBeDefined();
    expect((await db.findDatastore("mysql"))?.id).toBe(mysql!.id);
    const versions = await db.listDatastoreVersions({ datastore_id: "mysql" });
    expect(versions.map((v) => v.name)).toEqual(["5.7.29", "8.0"]);
    expect(mysql!.default_version).toBe(versions[0]!.id);
    expect(versions[1]).toMatchObject({ version: "8.0", datastore: mysql!.id });
    expect(await db.getDatastoreVersion(versions[1]!.id, { datastore_id: mysql!.id })).toMatchObject({ name: "8.0" });
    const parameters = await db.listDatastoreVersionParameters({ version: versions[1]! });
    expect(parameters.find((p) => p.name === "connect_timeout")).toEqual({
      name: "connect_timeout",
      datastore_version_id: versions[1]!.id,
      restart_required: false,
      type: "integer",
      max: 31536000,
      min: 2,
    });
  });

  it("Nova's flavors: id null, the Nova id in str_id, links forced to https", async () => {
    const flavors = await db.listFlavors();
    const tiny = flavors.find((f) => f.name === "m1.tiny")!;
    expect(tiny).toMatchObject({ id: null, ram: 512, vcpus: 1, ephemeral: 0 });
    expect(tiny.links?.[0]?.href).toMatch(new RegExp(`^https://.*/flavors/${tiny.str_id}$`));
    expect((await db.getFlavor(tiny)).name).toBe("m1.tiny");
    await expect(db.getFlavor("m1.nothing")).rejects.toMatchObject({
      status: 404,
      serverMessage: "Resource m1.nothing cannot be found.",
    });
  });
});

describe("configuration groups", () => {
  it("are made, read, found, paged, replaced, added to, refused an unknown option, deleted", async () => {
    const made: Awaited<ReturnType<typeof db.createConfiguration>>[] = [];
    for (const n of [1, 2]) {
      const group = await db.createConfiguration({
        name: `${prefix}-cfg-${n}`,
        values: { connect_timeout: 10 + n },
        datastore: { type: "mysql", version: "5.7.29" },
      });
      cleanup.push(() => db.deleteConfiguration(group.id));
      made.push(group);
    }
    expect(made[0]).toMatchObject({
      description: null,
      values: { connect_timeout: 11 },
      instance_count: 0,
      datastore_name: "mysql",
      datastore_version_name: "5.7.29",
      datastore_version_number: "5.7.29",
    });
    expect(made[0]!.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    expect((await db.findConfiguration(`${prefix}-cfg-2`))?.id).toBe(made[1]!.id);
    const paged = (await db.listConfigurations({ limit: 1 })).map((g) => g.id);
    expect(paged.filter((id) => made.some((g) => g.id === id))).toEqual(made.map((g) => g.id).sort());
    expect(new Set(paged).size).toBe(paged.length);

    await db.updateConfiguration({
      configuration: made[1]!.id,
      name: `${prefix}-cfg-2b`,
      values: { connect_timeout: 30 },
    });
    await db.patchConfiguration({ configuration: made[1]!.id, values: { max_connections: 50 } });
    expect(await db.getConfiguration(made[1]!.id)).toMatchObject({
      name: `${prefix}-cfg-2b`,
      values: { connect_timeout: 30, max_connections: 50 },
    });
    expect(await db.listConfigurationInstances({ configuration: made[1]!.id })).toEqual([]);

    const refused = db.createConfiguration({
      name: `${prefix}-bad`,
      values: { no_such_option: 1 },
      datastore: { type: "mysql", version: "5.7.29" },
    });
    await expect(refused).rejects.toMatchObject({
      status: 422,
      serverMessage: "The configuration parameter no_such_option is not supported for this datastore: mysql 5.7.29.",
    });
    await db.deleteConfiguration(made[0]!.id);
    const gone = db.getConfiguration(made[0]!.id);
    await expect(gone).rejects.toBeInstanceOf(NotFoundError);
    await expect(gone).rejects.toMatchObject({
      serverMessage: `Configuration group with ID ${made[0]!.id} could not be found.`,
    });
  });
});
