// A small provider tree of our own on the real Placement, for the placement e2e files: a root
// (a "compute node") and a child (a "NUMA node"), a custom resource class and a custom trait,
// all uniquely named and all taken down by `teardown`, whatever state a failed test left.
import { randomUUID } from "node:crypto";
import { placement, type Connection } from "@openstack-ts/openstack";
import { uniqueName } from "./cloud.js";

export interface Tree {
  prefix: string;
  root: placement.ResourceProvider;
  child: placement.ResourceProvider;
  /** `CUSTOM_E2E_…`: a resource class and a trait of this run. */
  resourceClass: string;
  trait: string;
  /** A Placement aggregate: just a uuid until a provider names it. */
  aggregate: string;
}

/** `e2e-rp-lx2…` → `CUSTOM_E2E_RP_LX2…`: Placement's custom names are upper case, digits and `_`. */
export const customName = (name: string): string => `CUSTOM_${name.toUpperCase().replace(/[^A-Z0-9]/g, "_")}`;

export async function makeTree(conn: Connection, what: string): Promise<Tree> {
  const prefix = uniqueName(what);
  const root = await conn.placement.createResourceProvider({ name: `${prefix}-root` });
  const child = await conn.placement.createResourceProvider({
    name: `${prefix}-numa0`,
    parent_provider_uuid: root.uuid,
  });
  const resourceClass = customName(`${prefix}-rc`);
  const trait = customName(`${prefix}-trait`);
  await conn.placement.createResourceClass({ name: resourceClass });
  await conn.placement.createTrait({ name: trait });
  return { prefix, root, child, resourceClass, trait, aggregate: randomUUID() };
}

/** Deletes everything the tree holds, children before parents; each step runs even if another failed. */
export async function teardown(
  conn: Connection,
  tree: Tree | undefined,
  consumers: readonly string[] = [],
): Promise<void> {
  if (!tree) return;
  const steps: (() => Promise<unknown>)[] = [];
  // Consumers this run may have left allocations for, named or found on the tree's providers.
  const found = new Set(consumers);
  for (const provider of [tree.child, tree.root]) {
    steps.push(async () => {
      for (const consumer of Object.keys(
        (await placement.getResourceProviderAllocations(conn.placement, { resource_provider_uuid: provider }))
          .allocations,
      ))
        found.add(consumer);
    });
  }
  steps.push(async () => {
    for (const consumer of found) {
      if (
        Object.keys((await placement.getAllocations(conn.placement, { consumer_uuid: consumer })).allocations).length >
        0
      )
        await conn.placement.deleteAllocations({ consumer_uuid: consumer });
    }
  });
  steps.push(() => conn.placement.deleteResourceProvider(tree.child));
  steps.push(() => conn.placement.deleteResourceProvider(tree.root));
  steps.push(async () => {
    if (await conn.placement.traitExists({ name: tree.trait })) await conn.placement.deleteTrait({ name: tree.trait });
  });
  steps.push(() => conn.placement.deleteResourceClass(tree.resourceClass));
  const failures: unknown[] = [];
  for (const step of steps) await step().catch((error: unknown) => failures.push(error));
  if (failures.length > 0)
    throw new AggregateError(failures, `placement e2e cleanup of ${tree.prefix} failed ${failures.length} time(s)`);
}
