import { defineService } from "@openstack-ts/core";
import { attachments } from "./attachments/attachment.js";
import { volumeAvailabilityZones } from "./availability-zones/availability-zone.js";
import { backups } from "./backups/backup.js";
import { volumeLimits } from "./limits/limits.js";
import { qosSpecAssociations, qosSpecs } from "./qos-specs/qos-spec.js";
import { volumeQuotaSets } from "./quota-sets/quota-set.js";
import { blockStorageService } from "./service.js";
import { volumeServices } from "./services/service.js";
import { snapshots } from "./snapshots/snapshot.js";
import { typeAccess } from "./volume-types/type-access.js";
import { volumeTypes } from "./volume-types/volume-type.js";
import { volumes } from "./volumes/volume.js";
import { createVolumeWithSchedulerHints } from "./volumes/create-with-hints.js";

/** Every block-storage resource, for the `conn.blockStorage` façade. */
export const blockStorage = defineService(blockStorageService, {
  volumes,
  snapshots,
  backups,
  volumeTypes,
  typeAccess,
  qosSpecs,
  qosSpecAssociations,
  attachments,
  volumeLimits,
  volumeQuotaSets,
  volumeAvailabilityZones,
  volumeServices,
}, {
  createVolumeWithSchedulerHints,
});
