import { defineResource } from "@openstack-ts/core";
import * as v from "valibot";
import { MAX_MICROVERSION } from "../common.js";
import { blockStorageService } from "../descriptor.js";

/** The project's absolute limits and what it uses of them; -1 means unlimited. */
export const AbsoluteLimits = v.looseObject({
  maxTotalVolumes: v.number(),
  maxTotalSnapshots: v.number(),
  maxTotalVolumeGigabytes: v.number(),
  maxTotalBackups: v.number(),
  maxTotalBackupGigabytes: v.number(),
  totalVolumesUsed: v.number(),
  totalSnapshotsUsed: v.number(),
  totalGigabytesUsed: v.number(),
  totalBackupsUsed: v.number(),
  totalBackupGigabytesUsed: v.number(),
});

/** `GET /limits`, unwrapped: rate limits (empty on current Cinder) and absolute limits. */
export const Limits = v.looseObject({
  rate: v.array(v.looseObject({})),
  absolute: AbsoluteLimits,
});

/** The body of `GET /limits`: parse an action's answer with it, `v.parse(LimitsBody, await conn.blockStorage.getLimits())`. */
export const LimitsBody = v.looseObject({ limits: Limits });

/**
 * Limits are one document, not a collection: no list or get, only the actions
 * `getLimits()` (the caller's project) and, for an admin from 3.39, `getProjectLimits({ project })`.
 */
export const limits = defineResource({
  service: blockStorageService,
  path: "limits",
  singular: "Limits",
  plural: "Limits",
  key: "limits",
  schema: Limits,
  verbs: [],
  maxMicroversion: MAX_MICROVERSION,
  actions: {
    getLimits: { method: "GET", path: "limits", returns: "json" },
    getProjectLimits: { method: "GET", path: "limits?project_id={project}", returns: "json", requires: "3.39" },
  },
});

/** `limits` of `GET /limits`. */
export type Limits = v.InferOutput<typeof Limits>;
