export { computeService } from "./service.js";
export { compute } from "./service-definition.js";
export type { ComputeRef } from "./common.js";
export { microversionFor, microversionHeaders } from "./microversion.js";
export { encodeUserData } from "./user-data.js";

export { Server, servers } from "./servers/server.js";
export { ServerAddress, ServerCreated, ServerFault, ServerFlavor } from "./servers/server-parts.js";
export {
  createServer,
  createServerAction,
  createMicroversion,
  serverCreateBody,
  type BlockDeviceMapping,
  type ServerSchedulerHints,
  type ServerCreateArgs,
  type ServerNetwork,
} from "./servers/server-create.js";
export { serverStateActions, type ServerRebuildArgs } from "./servers/server-state-actions.js";
export { createServerImage, createServerImageAction, imageIdOf } from "./servers/server-image.js";
export { ConsoleOutput, RemoteConsole, serverConsoleActions, type RemoteConsoleKind } from "./servers/server-consoles.js";
export { ServerMetadata, ServerMetadataItem, serverMetadataActions } from "./servers/server-metadata.js";
export { ServerTags, serverTagActions } from "./servers/server-tags.js";

export { ServerInterface, serverInterfaces } from "./server-interfaces/server-interface.js";
export { ServerVolumeAttachment, serverVolumeAttachments } from "./volume-attachments/volume-attachment.js";
export { InstanceAction, InstanceActionEvent, instanceActions } from "./instance-actions/instance-action.js";
export { ServerMigration, serverMigrations } from "./server-migrations/server-migration.js";
export { Migration, migrations } from "./migrations/migration.js";
export { Flavor, flavors } from "./flavors/flavor.js";
export { FlavorExtraSpecs, flavorExtraSpecActions } from "./flavors/flavor-extra-specs.js";
export { flavorAccessActions } from "./flavors/flavor-access-actions.js";
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
export { Service, services } from "./compute-services/compute-service.js";
export { Limits, limits } from "./limits/limits.js";
export { QuotaSet, QuotaUsage, quotaSets } from "./quota-sets/quota-set.js";
