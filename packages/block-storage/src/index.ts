// Bare names (`limits`, `quotaSets`, `services`), as in every service package: compute has
// the same concepts, and @openstack-ts/openstack keeps them apart by namespace
// (`blockStorage.quotaSets`). The façade's method names come from each resource's singular
// and plural, not from these.
export { blockStorageService } from "./descriptor.js";
export * from "./resources.js";
export type { AttachVolume, MigrateVolume, ResetVolumeStatus, UploadVolumeToImage } from "./volumes/volume-actions.js";
export { createVolumeWithSchedulerHints, type SchedulerHints } from "./volumes/create-with-hints.js";
export type { TypeEncryption } from "./volume-types/volume-type-actions.js";
export { blockStorage } from "./service-definition.js";
