// Placement on the real service: a provider tree of our own, its inventories (standard and
// custom classes), traits and aggregates, optimistic concurrency, and openstacksdk's view of
// the same providers. Nova's compute service may register its own provider meanwhile, so
// nothing here assumes the provider list holds only ours.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { ConflictError, Connection, placement } from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, STATE } from "./support/cloud.js";
import { makeTree, teardown, type Tree } from "./support/placement-tree.js";

const conn = new Connection(admin);
let tree: Tree;

beforeAll(async () => {
  tree = await makeTree(conn, "rp");
});
afterAll(async () => {
  await teardown(conn, tree);
});

const sorted = (ids: Iterable<string>) => [...ids].sort();

function openstacksdk(name: string): { providers: string[]; named: string[]; resource_classes: string[] } {
  const script = fileURLToPath(new URL("support/placement-sdk.py", import.meta.url));
  const env = { ...process.env, OS_CLIENT_CONFIG_FILE: fileURLToPath(new URL("clouds.yaml", STATE)), OS_CLOUD: "" };
  return JSON.parse(
    execFileSync("/usr/bin/python3", [script], { input: JSON.stringify({ cloud: "local", name }), env }).toString(),
  ) as never;
}

describe("resource providers on the real Placement", () => {
  it("made a tree: the child names its parent, both name the root", async () => {
    const { root, child } = tree;
    expect(root.generation).toBe(0);
    expect(root.parent_provider_uuid).toBeNull();
    expect(root.root_provider_uuid).toBe(root.uuid);
    expect(child.parent_provider_uuid).toBe(root.uuid);
    expect(child.root_provider_uuid).toBe(root.uuid);
    expect(sorted((await conn.placement.listResourceProviders({ in_tree: root.uuid })).map((p) => p.uuid))).toEqual(
      sorted([root.uuid, child.uuid]),
    );
  });

  it("gets, finds by name and by uuid, and renames with PUT (name always sent)", async () => {
    const { child, prefix } = tree;
    expect((await conn.placement.getResourceProvider(child.uuid)).name).toBe(`${prefix}-numa0`);
    expect((await conn.placement.findResourceProvider(`${prefix}-numa0`))?.uuid).toBe(child.uuid);
    expect((await conn.placement.findResourceProvider(child.uuid))?.uuid).toBe(child.uuid);
    expect(await conn.placement.findResourceProvider(`${prefix}-nothing`)).toBeNull();
    const renamed = await conn.placement.updateResourceProvider(child, {
      name: `${prefix}-numa-0`,
      parent_provider_uuid: tree.root.uuid,
    });
    expect(renamed.name).toBe(`${prefix}-numa-0`);
    expect(renamed.parent_provider_uuid).toBe(tree.root.uuid);
    expect((await conn.placement.listResourceProviders({ name: `${prefix}-numa-0` })).map((p) => p.uuid)).toEqual([
      child.uuid,
    ]);
    expect((await conn.placement.listResourceProviders({ uuid: child.uuid })).map((p) => p.name)).toEqual([
      `${prefix}-numa-0`,
    ]);
  });

  it("gives the same provider uuids and resource classes as openstacksdk", async () => {
    const before = await conn.placement.listResourceProviders();
    const python = openstacksdk(`${tree.prefix}-root`);
    const after = await conn.placement.listResourceProviders();
    // A compute service registering between the calls shows in one list and not the other.
    const seenByUs = new Set([...before, ...after].map((p) => p.uuid));
    const inBoth = before.map((p) => p.uuid).filter((uuid) => after.some((p) => p.uuid === uuid));
    expect(python.providers.every((uuid) => seenByUs.has(uuid))).toBe(true);
    expect(python.providers).toEqual(expect.arrayContaining(inBoth));
    expect(python.providers).toEqual(expect.arrayContaining([tree.root.uuid, tree.child.uuid]));
    expect(python.named).toEqual([tree.root.uuid]);
    expect(sorted((await conn.placement.listResourceClasses()).map((c) => c.name))).toEqual(
      sorted(python.resource_classes),
    );
  });
});

describe("resource classes on the real Placement", () => {
  it("created ours; lists, gets and finds it; the idempotent PUT confirms it; a second create conflicts", async () => {
    const { resourceClass } = tree;
    expect((await conn.placement.listResourceClasses()).map((c) => c.name)).toEqual(
      expect.arrayContaining(["VCPU", "MEMORY_MB", "DISK_GB", resourceClass]),
    );
    expect((await conn.placement.getResourceClass(resourceClass)).name).toBe(resourceClass);
    expect((await conn.placement.findResourceClass(resourceClass))?.name).toBe(resourceClass);
    await conn.placement.updateResourceClass({ name: resourceClass });
    await expect(conn.placement.createResourceClass({ name: resourceClass })).rejects.toBeInstanceOf(ConflictError);
  });

  it("creates a class with the PUT alone, and deletes it", async () => {
    const name = `${tree.resourceClass}_PUT`;
    await conn.placement.updateResourceClass({ name });
    expect((await conn.placement.findResourceClass(name))?.name).toBe(name);
    await conn.placement.deleteResourceClass(name);
    expect(await conn.placement.findResourceClass(name)).toBeNull();
  });
});

describe("inventories on the real Placement", () => {
  it("sets the child's whole inventory, standard classes, with its generation", async () => {
    const { child } = tree;
    const current = await placement.getResourceProviderInventories(conn.placement, { resource_provider_uuid: child });
    expect(current.inventories).toEqual({});
    const set = await placement.setResourceProviderInventories(conn.placement, {
      resource_provider_uuid: child,
      resource_provider_generation: current.resource_provider_generation,
      inventories: {
        VCPU: { total: 8, allocation_ratio: 2 },
        MEMORY_MB: { total: 4096, reserved: 512 },
        DISK_GB: { total: 100 },
      },
    });
    expect(set.resource_provider_generation).toBe(current.resource_provider_generation + 1);
    expect(Object.keys(set.inventories).sort()).toEqual(["DISK_GB", "MEMORY_MB", "VCPU"]);
    expect(set.inventories["MEMORY_MB"]).toMatchObject({
      total: 4096,
      reserved: 512,
      min_unit: 1,
      step_size: 1,
      allocation_ratio: 1,
    });
    expect((await conn.placement.getResourceProvider(child)).generation).toBe(set.resource_provider_generation);
  });

  it("creates, reads and updates one inventory of the custom class on the root", async () => {
    const { root, resourceClass } = tree;
    const where = { resource_provider_uuid: root.uuid };
    const made = await conn.placement.createResourceProviderInventory({
      ...where,
      resource_class: resourceClass,
      total: 4,
    });
    expect(made.total).toBe(4);
    const got = await conn.placement.getResourceProviderInventory(resourceClass, where);
    expect(got.resource_provider_generation).toBe(made.resource_provider_generation);
    const updated = await conn.placement.updateResourceProviderInventory(
      resourceClass,
      { resource_provider_generation: got.resource_provider_generation, total: 6, max_unit: 2 },
      where,
    );
    expect(updated).toMatchObject({
      total: 6,
      max_unit: 2,
      resource_provider_generation: got.resource_provider_generation + 1,
    });
    await expect(
      conn.placement.createResourceProviderInventory({ ...where, resource_class: resourceClass, total: 1 }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("refuses a stale generation with a ConflictError and changes nothing; the current one then works", async () => {
    const { child, root, resourceClass } = tree;
    const current = await placement.getResourceProviderInventories(conn.placement, { resource_provider_uuid: child });
    const stale = current.resource_provider_generation - 1;
    const write = (generation: number) =>
      placement.setResourceProviderInventories(conn.placement, {
        resource_provider_uuid: child,
        resource_provider_generation: generation,
        inventories: { ...current.inventories, VCPU: { total: 16 } },
      });
    const failure = write(stale);
    await expect(failure).rejects.toBeInstanceOf(ConflictError);
    await expect(failure).rejects.toMatchObject({ status: 409 });
    expect(await placement.getResourceProviderInventories(conn.placement, { resource_provider_uuid: child })).toEqual(
      current,
    );
    // What a caller does on the conflict: read the generation again and retry.
    const fresh = await placement.getResourceProviderInventories(conn.placement, { resource_provider_uuid: child });
    expect((await write(fresh.resource_provider_generation)).inventories["VCPU"]?.total).toBe(16);

    const one = await conn.placement.getResourceProviderInventory(resourceClass, { resource_provider_uuid: root.uuid });
    await expect(
      conn.placement.updateResourceProviderInventory(
        resourceClass,
        { resource_provider_generation: one.resource_provider_generation - 1, total: 6 },
        { resource_provider_uuid: root.uuid },
      ),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("deletes one class and then the whole inventory of a provider", async () => {
    const scratch = await conn.placement.createResourceProvider({ name: `${tree.prefix}-scratch` });
    try {
      const where = { resource_provider_uuid: scratch.uuid };
      await placement.setResourceProviderInventories(conn.placement, {
        ...where,
        resource_provider_generation: 0,
        inventories: { VCPU: { total: 1 }, DISK_GB: { total: 1 } },
      });
      await conn.placement.deleteResourceProviderInventory("DISK_GB", where);
      expect(Object.keys((await placement.getResourceProviderInventories(conn.placement, where)).inventories)).toEqual([
        "VCPU",
      ]);
      await conn.placement.deleteResourceProviderInventories(where);
      expect((await placement.getResourceProviderInventories(conn.placement, where)).inventories).toEqual({});
    } finally {
      await conn.placement.deleteResourceProvider(scratch);
    }
    await conn.placement.waitForDeleteResourceProvider(scratch, { interval: 100, timeout: 10_000 });
  });
});

describe("traits on the real Placement", () => {
  it("knows our custom trait and lists it by prefix", async () => {
    const { trait } = tree;
    await conn.placement.createTrait({ name: trait }); // again: idempotent
    expect(await conn.placement.traitExists({ name: trait })).toBe(true);
    expect(await conn.placement.traitExists({ name: `${trait}_NOT` })).toBe(false);
    expect(await placement.listTraits(conn.placement, { name: `startswith:${trait}` })).toEqual([trait]);
    expect(await placement.listTraits(conn.placement)).toEqual(expect.arrayContaining([trait, "HW_CPU_X86_AVX2"]));
  });

  it("sets a provider's traits with its generation; a stale one is a ConflictError", async () => {
    const { child, trait } = tree;
    const current = await placement.getResourceProviderTraits(conn.placement, { resource_provider_uuid: child });
    expect(current.traits).toEqual([]);
    const set = await placement.setResourceProviderTraits(conn.placement, {
      resource_provider_uuid: child,
      resource_provider_generation: current.resource_provider_generation,
      traits: [trait, "HW_CPU_X86_AVX2"],
    });
    expect(sorted(set.traits)).toEqual(sorted([trait, "HW_CPU_X86_AVX2"]));
    expect(
      sorted((await placement.getResourceProviderTraits(conn.placement, { resource_provider_uuid: child })).traits),
    ).toEqual(sorted(set.traits));
    await expect(
      placement.setResourceProviderTraits(conn.placement, {
        resource_provider_uuid: child,
        resource_provider_generation: current.resource_provider_generation,
        traits: [],
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await placement.listTraits(conn.placement, { name: `in:${trait}`, associated: true })).toEqual([trait]);
    expect((await conn.placement.listResourceProviders({ required: trait })).map((p) => p.uuid)).toEqual([child.uuid]);
    // A trait some provider has cannot go.
    await expect(conn.placement.deleteTrait({ name: trait })).rejects.toBeInstanceOf(ConflictError);
  });

  it("removes every trait of a provider", async () => {
    const scratch = await conn.placement.createResourceProvider({ name: `${tree.prefix}-traits` });
    try {
      await placement.setResourceProviderTraits(conn.placement, {
        resource_provider_uuid: scratch,
        resource_provider_generation: scratch.generation,
        traits: ["HW_CPU_X86_SSE"],
      });
      await conn.placement.deleteResourceProviderTraits({ resource_provider_uuid: scratch.uuid });
      expect(
        (await placement.getResourceProviderTraits(conn.placement, { resource_provider_uuid: scratch })).traits,
      ).toEqual([]);
    } finally {
      await conn.placement.deleteResourceProvider(scratch);
    }
  });
});

describe("aggregates on the real Placement", () => {
  it("puts both providers in an aggregate with their generations, and filters by it", async () => {
    const { root, child, aggregate } = tree;
    for (const provider of [root, child]) {
      const current = await placement.getResourceProviderAggregates(conn.placement, {
        resource_provider_uuid: provider,
      });
      expect(current.aggregates).toEqual([]);
      const set = await placement.setResourceProviderAggregates(conn.placement, {
        resource_provider_uuid: provider,
        resource_provider_generation: current.resource_provider_generation,
        aggregates: [aggregate],
      });
      expect(set).toEqual({
        aggregates: [aggregate],
        resource_provider_generation: current.resource_provider_generation + 1,
      });
      await expect(
        placement.setResourceProviderAggregates(conn.placement, {
          resource_provider_uuid: provider,
          resource_provider_generation: current.resource_provider_generation,
          aggregates: [],
        }),
      ).rejects.toBeInstanceOf(ConflictError);
    }
    expect(sorted((await conn.placement.listResourceProviders({ member_of: aggregate })).map((p) => p.uuid))).toEqual(
      sorted([root.uuid, child.uuid]),
    );
    expect(
      (await conn.placement.listResourceProviders({ member_of: aggregate, resources: "VCPU:2" })).map((p) => p.uuid),
    ).toEqual([child.uuid]);
  });
});

describe("deleting a provider tree", () => {
  it("refuses to delete a parent before its child", async () => {
    await expect(conn.placement.deleteResourceProvider(tree.root)).rejects.toBeInstanceOf(ConflictError);
    expect((await conn.placement.getResourceProvider(tree.root.uuid)).uuid).toBe(tree.root.uuid);
  });
});
