import { defineService } from "@openstack-ts/core";
import { attachments } from "./attachments/attachment.js";
import { availabilityZones } from "./availability-zones/availability-zone.js";
import { backups } from "./backups/backup.js";
import { limits } from "./limits/limits.js";
import { qosSpecAssociations, qosSpecs } from "./qos-specs/qos-spec.js";
import { quotaSets } from "./quota-sets/quota-set.js";
import { blockStorageService } from "./service.js";
import { services } from "./services/service.js";
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
  limits,
  quotaSets,
  availabilityZones,
  services,
}, {
  createVolumeWithSchedulerHints,
});
