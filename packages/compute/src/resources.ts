// The package's resources, one line each. Every resource exported here is on the façade
// (service-definition.ts takes them all): adding a resource is adding its line.
export { PartialServer, Server, servers } from "./servers/server.js";
export { ServerInterface, serverInterfaces } from "./server-interfaces/server-interface.js";
export { ServerVolumeAttachment, serverVolumeAttachments } from "./volume-attachments/volume-attachment.js";
export { InstanceAction, InstanceActionEvent, instanceActions } from "./instance-actions/instance-action.js";
export { ServerMigration, serverMigrations } from "./server-migrations/server-migration.js";
export { Migration, migrations } from "./migrations/migration.js";
export { Flavor, flavors } from "./flavors/flavor.js";
export { FlavorAccess, flavorAccess } from "./flavor-access/flavor-access.js";
export { Keypair, keypairs } from "./keypairs/keypair.js";
export { ServerGroup, serverGroupPolicies, serverGroups } from "./server-groups/server-group.js";
export {
  AvailabilityZone,
  ZoneService,
  availabilityZoneDetails,
  availabilityZones,
} from "./availability-zones/availability-zone.js";
export { Hypervisor, hypervisors } from "./hypervisors/hypervisor.js";
export { Aggregate, aggregates } from "./aggregates/aggregate.js";
export { PartialService, Service, services } from "./compute-services/compute-service.js";
export { Limits, limits } from "./limits/limits.js";
export { QuotaSet, QuotaUsage, quotaSets } from "./quota-sets/quota-set.js";
