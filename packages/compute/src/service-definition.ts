import { defineService } from "@openstack-ts/core";
import { aggregates } from "./aggregates/aggregate.js";
import { computeAvailabilityZoneDetails, computeAvailabilityZones } from "./availability-zones/availability-zone.js";
import { computeServices } from "./compute-services/compute-service.js";
import { flavorAccess } from "./flavor-access/flavor-access.js";
import { flavors } from "./flavors/flavor.js";
import { hypervisors } from "./hypervisors/hypervisor.js";
import { instanceActions } from "./instance-actions/instance-action.js";
import { keypairs } from "./keypairs/keypair.js";
import { computeLimits } from "./limits/limits.js";
import { migrations } from "./migrations/migration.js";
import { computeQuotaSets } from "./quota-sets/quota-set.js";
import { serverGroups } from "./server-groups/server-group.js";
import { serverInterfaces } from "./server-interfaces/server-interface.js";
import { serverMigrations } from "./server-migrations/server-migration.js";
import { servers } from "./servers/server.js";
import { computeService } from "./service.js";
import { serverVolumeAttachments } from "./volume-attachments/volume-attachment.js";

/** Every compute resource, for the `conn.compute` façade. */
export const compute = defineService(computeService, {
  servers,
  serverInterfaces,
  serverVolumeAttachments,
  instanceActions,
  serverMigrations,
  migrations,
  flavors,
  flavorAccess,
  keypairs,
  serverGroups,
  computeAvailabilityZones,
  computeAvailabilityZoneDetails,
  hypervisors,
  aggregates,
  computeServices,
  computeLimits,
  computeQuotaSets,
});
