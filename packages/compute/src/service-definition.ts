import { defineService } from "@openstack-ts/core";
import { aggregates } from "./aggregates/aggregate.js";
import { availabilityZoneDetails, availabilityZones } from "./availability-zones/availability-zone.js";
import { services } from "./compute-services/compute-service.js";
import { flavorAccess } from "./flavor-access/flavor-access.js";
import { flavors } from "./flavors/flavor.js";
import { hypervisors } from "./hypervisors/hypervisor.js";
import { instanceActions } from "./instance-actions/instance-action.js";
import { keypairs } from "./keypairs/keypair.js";
import { limits } from "./limits/limits.js";
import { migrations } from "./migrations/migration.js";
import { quotaSets } from "./quota-sets/quota-set.js";
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
  availabilityZones,
  availabilityZoneDetails,
  hypervisors,
  aggregates,
  services,
  limits,
  quotaSets,
});
