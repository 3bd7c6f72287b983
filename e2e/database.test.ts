// Trove on the real service (e2e/cloud/services/trove.sh): datastores, their versions and
// parameters, Nova's flavors, configuration groups, and instances that really boot a Nova
// server (fake driver) with a Cinder volume and a port on the management network. No guest
// agent ever runs in them, so an instance shows BUILD until the taskmanager gives up on its
// guest (usage_timeout, 25 s here) and marks it ERROR: waitForInstance(ACTIVE) then fails.
// Until the instance is ACTIVE, Trove refuses every call that needs the guest (restart,
// resize, databases, users, root, backups, a rename or a configuration attached later) with
// 422, and a delete while it builds; a delete in ERROR works.
import { Connection, HttpError, NotFoundError, ResourceFailureError } from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demo, uniqueName } from "./support/cloud.js";

const conn = new Connection(demo);
const db = conn.database;
const prefix = uniqueName("trove");
const cleanup: (() => Promise<unknown>)[] = [];
let flavorId: string;

/** Trove's answer to a call that needs a guest agent, on an instance that has none yet. */
const notReady = { status: 422, serverMessage: expect.stringMatching(/is not ready/) };

beforeAll(async () => {
  const flavor = await db.findFlavor("m1.tiny");
  if (!flavor) throw new Error("the loopback cloud has no m1.tiny flavor");
  flavorId = flavor.str_id;
});

afterAll(async () => {
  for (const undo of cleanup.reverse()) await undo().catch(() => undefined);
}, 420_000);

describe("datastores and their versions (trove-manage's, from the step file)", () => {
  it("list, get and find mysql with versions 5.7.29 (default) and 8.0", async () => {
    const [mysql] = (await db.listDatastores()).filter((d) => d.name === "mysql");
    expect(mysql).toBeDefined();
    expect(await db.getDatastore(mysql!.id)).toMatchObject({ id: mysql!.id, name: "mysql" });
    expect((await db.findDatastore("mysql"))?.id).toBe(mysql!.id);
    const versions = await db.listDatastoreVersions({ datastore_id: "mysql" });
    expect(versions.map((v) => v.name).sort()).toEqual(["5.7.29", "8.0"]);
    const byName = Object.fromEntries(versions.map((v) => [v.name, v]));
    expect(mysql!.default_version).toBe(byName["5.7.29"]!.id);
    expect(await db.getDatastoreVersion(byName["8.0"]!.id, { datastore_id: mysql!.id })).toMatchObject({
      name: "8.0",
      datastore: mysql!.id,
    });
    expect((await db.findDatastoreVersion("8.0", { datastore_id: "mysql" }))?.id).toBe(byName["8.0"]!.id);
  });

  it("a version's configuration parameters, as trove-manage loaded them", async () => {
    const [version] = await db.listDatastoreVersions({ datastore_id: "mysql" });
    const parameters = await db.listDatastoreVersionParameters({ version: version! });
    const timeout = parameters.find((p) => p.name === "connect_timeout");
    expect(timeout).toMatchObject({ type: "integer", restart_required: false });
  });
});

describe("flavors (Nova's, through Trove)", () => {
  it("list, get and find by str_id: Trove answers id null", async () => {
    const flavors = await db.listFlavors();
    const tiny = flavors.find((f) => f.name === "m1.tiny")!;
    expect(tiny.id).toBeNull();
    expect(await db.getFlavor(tiny)).toMatchObject({ str_id: tiny.str_id, name: "m1.tiny", ram: 512 });
    expect((await db.findFlavor(tiny.str_id))?.name).toBe("m1.tiny");
  });
});

describe("configuration groups", () => {
  const made: string[] = [];

  beforeAll(async () => {
    for (const n of [1, 2, 3]) {
      const group = await db.createConfiguration({
        name: `${prefix}-cfg-${n}`,
        description: "made by the e2e suite",
        values: { connect_timeout: 10 + n },
        datastore: { type: "mysql", version: "5.7.29" },
      });
      made.push(group.id);
      cleanup.push(() => db.deleteConfiguration(group.id));
    }
  });

  it("create, get, find; list across pages of one", async () => {
    const group = await db.getConfiguration(made[0]!);
    expect(group).toMatchObject({
      name: `${prefix}-cfg-1`,
      values: { connect_timeout: 11 },
      datastore_name: "mysql",
      datastore_version_name: "5.7.29",
      instance_count: 0,
    });
    expect((await db.findConfiguration(`${prefix}-cfg-2`))?.id).toBe(made[1]);
    const paged = (await db.listConfigurations({ limit: 1 })).map((g) => g.id);
    expect(paged.filter((id) => made.includes(id)).sort()).toEqual([...made].sort());
    expect(new Set(paged).size).toBe(paged.length);
  });

  it("updateConfiguration replaces the values and name; patchConfiguration adds to them", async () => {
    await db.updateConfiguration({
      configuration: made[2]!,
      name: `${prefix}-cfg-3b`,
      values: { connect_timeout: 30 },
    });
    await db.patchConfiguration({ configuration: made[2]!, values: { max_connections: 50 } });
    expect(await db.getConfiguration(made[2]!)).toMatchObject({
      name: `${prefix}-cfg-3b`,
      values: { connect_timeout: 30, max_connections: 50 },
    });
  });

  it("refuses an option the version does not have (422), and a deleted group is gone (404)", async () => {
    await expect(
      db.createConfiguration({
        name: `${prefix}-bad`,
        values: { no_such_option: 1 },
        datastore: { type: "mysql", version: "5.7.29" },
      }),
    ).rejects.toMatchObject({ status: 422, serverMessage: expect.stringMatching(/no_such_option is not supported/) });
    const doomed = await db.createConfiguration({
      name: `${prefix}-doomed`,
      values: { connect_timeout: 5 },
      datastore: { type: "mysql" },
    });
    await db.deleteConfiguration(doomed);
    await expect(db.getConfiguration(doomed.id)).rejects.toThrow(NotFoundError);
  });
});

describe("instances without a guest agent", () => {
  let group: string;
  const ids: string[] = [];

  beforeAll(async () => {
    group = (
      await db.createConfiguration({
        name: `${prefix}-attached`,
        values: { connect_timeout: 20 },
        datastore: { type: "mysql", version: "5.7.29" },
      })
    ).id;
    for (const n of [1, 2]) {
      const instance = await db.createInstance({
        name: `${prefix}-db-${n}`,
        flavorRef: flavorId,
        volume: { size: 1 },
        datastore: { type: "mysql", version: "5.7.29" },
        // attached at create: the one attach Trove takes without a guest
        ...(n === 1 && { configuration: group }),
      });
      ids.push(instance.id);
      cleanup.push(async () => {
        await db.waitForInstance(instance.id, { status: "ERROR", timeout: 300_000 }).catch(() => undefined);
        await db.deleteInstance(instance.id).catch(() => undefined);
        await db.waitForDeleteInstance(instance.id, { timeout: 120_000 }).catch(() => undefined);
      });
    }
    cleanup.push(() => db.deleteConfiguration(group));
  }, 120_000);

  it("create answers BUILD; get, find and a paged list see them", async () => {
    const first = await db.getInstance(ids[0]!);
    expect(first).toMatchObject({
      name: `${prefix}-db-1`,
      status: "BUILD",
      flavor: { id: flavorId },
      datastore: { type: "mysql", version: "5.7.29" },
      volume: { size: 1 },
      configuration: { id: group },
    });
    expect((await db.findInstance(`${prefix}-db-2`))?.id).toBe(ids[1]);
    const paged = (await db.listInstances({ limit: 1 })).map((i) => i.id);
    expect(paged.filter((id) => ids.includes(id)).sort()).toEqual([...ids].sort());
    expect(await db.listConfigurationInstances({ configuration: group })).toEqual([
      expect.objectContaining({ id: ids[0], name: `${prefix}-db-1` }),
    ]);
  });

  it("everything that needs the guest is refused with 422 while it builds, delete too", async () => {
    const instance = ids[1]!;
    const calls: [string, () => PromiseLike<unknown>][] = [
      ["restartInstance", () => db.restartInstance({ instance })],
      ["resizeInstance", () => db.resizeInstance({ instance, flavorRef: flavorId })],
      ["resizeInstanceVolume", () => db.resizeInstanceVolume({ instance, size: 2 })],
      ["updateInstance (rename)", () => db.updateInstance({ instance, name: `${prefix}-renamed` })],
      ["updateInstance (attach)", () => db.updateInstance({ instance, configuration: group })],
      ["listDatabases", () => db.listDatabases({ instance_id: instance })],
      ["createDatabases", () => db.createDatabases({ instance, databases: [{ name: "orders" }] })],
      ["listUsers", () => db.listUsers({ instance_id: instance })],
      ["createUsers", () => db.createUsers({ instance, users: [{ name: "app", password: "app-secret" }] })],
      ["isRootEnabled", () => db.isRootEnabled({ instance })],
      ["getInstanceConfiguration", () => db.getInstanceConfiguration({ instance })],
      ["createBackup", () => db.createBackup({ name: `${prefix}-backup`, instance })],
      ["deleteInstance", () => db.deleteInstance(instance)],
    ];
    for (const [name, call] of calls) {
      // lists answer a lazy page walk, not a promise: resolve it
      const error = await Promise.resolve()
        .then(call)
        .catch((e: unknown) => e);
      expect(error, name).toBeInstanceOf(HttpError);
      expect(error, name).toMatchObject(notReady);
    }
    expect((await db.listBackups({ instance_id: instance })).length).toBe(0);
  });

  it("waitForInstance(ACTIVE) fails when Trove gives up on the guest (ERROR); then delete works", async () => {
    const instance = ids[1]!;
    const error = await db
      .waitForInstance(instance, { status: "ACTIVE", interval: 2_000, maxInterval: 5_000, timeout: 300_000 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResourceFailureError);
    expect(await db.getInstance(instance)).toMatchObject({ status: "ERROR" });
    await db.deleteInstance(instance);
    await db.waitForDeleteInstance(instance, { interval: 1_000, timeout: 120_000 });
    await expect(db.getInstance(instance)).rejects.toThrow(NotFoundError);
  }, 420_000);
});
