import { defineResource, type CreateBody, type SessionOrClient } from "@openstack-ts/core";
import * as v from "valibot";
import { MAX_MICROVERSION } from "../common.js";
import { blockStorageService } from "../descriptor.js";
import { Volume, type volumes } from "./volume.js";

/** What the scheduler's filters read: `same_host`, `different_host`, `local_to_instance`, `query`, … */
export type SchedulerHints = Readonly<Record<string, unknown>>;

// Cinder reads scheduler hints beside the `volume` envelope, not inside it (from 3.53 it
// refuses unknown fields inside). The generic create always wraps the whole body, so this
// declares the same POST without an envelope and builds both parts itself.
const volumeWithHints = defineResource({
  service: blockStorageService,
  path: "volumes",
  singular: "Volume",
  plural: "Volumes",
  schema: v.looseObject({ volume: Volume }),
  verbs: ["create"],
  maxMicroversion: MAX_MICROVERSION,
});

/**
 * Creates a volume with scheduler hints, sent as `OS-SCH-HNT:scheduler_hints` beside the
 * `volume` envelope, as openstacksdk does. Takes a session or `conn.blockStorage`.
 */
export async function createVolumeWithSchedulerHints(
  target: SessionOrClient,
  body: CreateBody<typeof volumes>,
  hints: SchedulerHints,
  options: { signal?: AbortSignal } = {},
): Promise<Volume> {
  const created = await volumeWithHints.create(
    target,
    { volume: body, "OS-SCH-HNT:scheduler_hints": hints } as never,
    options,
  );
  return created.volume;
}
