// The package's resources, one line each. Every resource exported here is on the façade
// (service-definition.ts takes them all): adding a resource is adding its line.
export { Volume, volumes } from "./volumes/volume.js";
export { Snapshot, snapshots } from "./snapshots/snapshot.js";
export { Backup, backups } from "./backups/backup.js";
export { VolumeType, volumeTypes } from "./volume-types/volume-type.js";
export { TypeAccess, typeAccess } from "./volume-types/type-access.js";
export { QosSpec, QosSpecAssociation, qosSpecAssociations, qosSpecs } from "./qos-specs/qos-spec.js";
export { Attachment, attachments } from "./attachments/attachment.js";
export { AbsoluteLimits, Limits, LimitsBody, limits } from "./limits/limits.js";
export { QuotaSet, QuotaSetUsageBody, QuotaUsage, quotaSets } from "./quota-sets/quota-set.js";
export { AvailabilityZone, availabilityZones } from "./availability-zones/availability-zone.js";
export { Service, services, type ServiceRef } from "./services/service.js";
