import { ConflictError, fromConfig, placement } from "@openstack-ts/openstack";
const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml
const rp = (await conn.placement.listResourceProviders({ name: "compute-1" }))[0]!.uuid;
for (;;) {
  // the generation guards against a concurrent writer: on 409, read again and retry
  const current = await placement.getResourceProviderInventories(conn.placement, { resource_provider_uuid: rp });
  try {
    await placement.setResourceProviderInventories(conn.placement, {
      resource_provider_uuid: rp,
      resource_provider_generation: current.resource_provider_generation,
      inventories: { ...current.inventories, VCPU: { total: 16 } },
    });
    break;
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
  }
}
