// Bare names (`limits`, `quotaSets`, `services`), as in every service package: compute has
// the same concepts, and @openstack-ts/openstack keeps them apart by namespace
// (`blockStorage.quotaSets`). The façade's method names come from each resource's singular
// and plural, not from these.
export { blockStorageService } from "./service.js";
export { Volume, volumes } from "./volumes/volume.js";
export type { AttachVolume, MigrateVolume, ResetVolumeStatus, UploadVolumeToImage } from "./volumes/volume-actions.js";
export { createVolumeWithSchedulerHints, type SchedulerHints } from "./volumes/create-with-hints.js";
export { Snapshot, snapshots } from "./snapshots/snapshot.js";
export { Backup, backups } from "./backups/backup.js";
export { VolumeType, volumeTypes } from "./volume-types/volume-type.js";
export type { TypeEncryption } from "./volume-types/volume-type-actions.js";
export { TypeAccess, typeAccess } from "./volume-types/type-access.js";
export { QosSpec, QosSpecAssociation, qosSpecAssociations, qosSpecs } from "./qos-specs/qos-spec.js";
export { Attachment, attachments } from "./attachments/attachment.js";
export { AbsoluteLimits, Limits, LimitsBody, limits } from "./limits/limits.js";
export { QuotaSet, QuotaSetUsageBody, QuotaUsage, quotaSets } from "./quota-sets/quota-set.js";
export { AvailabilityZone, availabilityZones } from "./availability-zones/availability-zone.js";
export { Service, services, type ServiceRef } from "./services/service.js";
export { blockStorage } from "./service-definition.js";
