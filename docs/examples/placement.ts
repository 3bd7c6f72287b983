// A resource provider with an inventory, read back with its usage, then deleted.
import { fromConfig, placement } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml, as an admin

const host = await conn.placement.createResourceProvider({ name: "docs-host-1" });
await placement.setResourceProviderInventories(conn.placement, {
  resource_provider_uuid: host,
  resource_provider_generation: host.generation, // Placement refuses a stale one with ConflictError
  inventories: { VCPU: { total: 8 }, MEMORY_MB: { total: 16384, reserved: 512 } },
});

const { inventories } = await placement.getResourceProviderInventories(conn.placement, {
  resource_provider_uuid: host,
});
const { usages } = await placement.getResourceProviderUsages(conn.placement, { resource_provider_uuid: host });
for (const [resourceClass, inventory] of Object.entries(inventories)) {
  console.log(resourceClass, "total", inventory.total, "used", usages[resourceClass] ?? 0);
}

await conn.placement.deleteResourceProvider(host);
