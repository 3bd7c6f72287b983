// Placement's resource providers, the same file against the real cloud and the fake one
// (support/target.ts): create, find, rename, trees (parent, in_tree), a parent refused
// deletion while it has children, and Placement's own errors.
import { BadRequestError, ConflictError, Connection, NotFoundError, type placement } from "@openstack-ts/openstack";
import { afterAll, describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/target.js";

const conn = new Connection(admin);
const made: placement.ResourceProvider[] = [];
afterAll(async () => {
  for (const provider of made.reverse()) await conn.placement.deleteResourceProvider(provider);
});

describe("resource providers", () => {
  it("creates, finds, renames and refuses a duplicate name", async () => {
    const name = uniqueName("mrp");
    const provider = await conn.placement.createResourceProvider({ name });
    made.push(provider);
    expect(provider).toMatchObject({
      name,
      generation: 0,
      parent_provider_uuid: null,
      root_provider_uuid: provider.uuid,
    });
    expect((await conn.placement.findResourceProvider(name))?.uuid).toBe(provider.uuid);
    expect((await conn.placement.listResourceProviders({ name })).map((p) => p.uuid)).toEqual([provider.uuid]);
    await expect(conn.placement.createResourceProvider({ name })).rejects.toThrow(/Conflicting resource provider name/);
    const renamed = await conn.placement.updateResourceProvider(provider, { name: `${name}-renamed` });
    expect(renamed.name).toBe(`${name}-renamed`);
    expect((await conn.placement.getResourceProvider(provider.uuid)).name).toBe(`${name}-renamed`);
  });

  it("builds a tree: a child names its parent and root, in_tree finds both, the parent cannot go first", async () => {
    const parent = made[0]!;
    const child = await conn.placement.createResourceProvider({
      name: uniqueName("mrp-child"),
      parent_provider_uuid: parent.uuid,
    });
    made.push(child);
    expect(child).toMatchObject({ parent_provider_uuid: parent.uuid, root_provider_uuid: parent.uuid });
    expect((await conn.placement.listResourceProviders({ in_tree: child.uuid })).map((p) => p.uuid).sort()).toEqual(
      [parent.uuid, child.uuid].sort(),
    );
    await expect(conn.placement.deleteResourceProvider(parent)).rejects.toBeInstanceOf(ConflictError);
  });

  it("answers a missing provider with 404 and an unknown filter with 400", async () => {
    await expect(conn.placement.getResourceProvider(crypto.randomUUID())).rejects.toBeInstanceOf(NotFoundError);
    await expect(conn.service("placement").get("/resource_providers?colour=red")).rejects.toBeInstanceOf(
      BadRequestError,
    );
  });
});
