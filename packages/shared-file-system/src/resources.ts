// The package's resources, one line each. Every resource exported here is on the façade
// (service-definition.ts takes them all): adding a resource is adding its line.
export { Share, shares } from "./shares/share.js";
export { ExportLocation, exportLocations } from "./shares/export-location.js";
export { AccessRule, accessRules } from "./access-rules/access-rule.js";
export { ShareSnapshot, shareSnapshots } from "./snapshots/share-snapshot.js";
export { ShareType, shareTypes } from "./share-types/share-type.js";
export { ShareNetwork, shareNetworks } from "./share-networks/share-network.js";
export { ShareNetworkSubnet, shareNetworkSubnets } from "./share-networks/share-network-subnet.js";
export { SecurityService, securityServices } from "./security-services/security-service.js";
export { ShareGroupType, shareGroupTypes } from "./share-groups/share-group-type.js";
export { ShareGroup, shareGroups } from "./share-groups/share-group.js";
export { ShareGroupSnapshot, shareGroupSnapshots } from "./share-groups/share-group-snapshot.js";
export { ShareInstance, shareInstances } from "./share-instances/share-instance.js";
export { ShareServer, shareServers } from "./share-servers/share-server.js";
export { StoragePool, storagePools } from "./scheduler/storage-pool.js";
export { AvailabilityZone, availabilityZones } from "./scheduler/availability-zone.js";
export { Service, services } from "./services/share-service.js";
export { UserMessage, userMessages } from "./user-messages/user-message.js";
export { QuotaSet, quotaSets } from "./quotas/quota-set.js";
