import * as v from "valibot";
import { maybeString, recordFields } from "../shared.js";

/** One instance moved by a host notification's recovery (an evacuation or a migration). */
export const Vmove = v.looseObject({
  uuid: v.optional(v.string()),
  id: v.optional(v.number()),
  notification_uuid: v.string(),
  instance_uuid: v.string(),
  instance_name: maybeString,
  source_host: maybeString,
  dest_host: maybeString,
  start_time: maybeString,
  end_time: maybeString,
  /** pending, ongoing, succeeded, failed, ignored. */
  status: v.string(),
  /** evacuation, migration or live_migration. */
  type: v.string(),
  message: maybeString,
  ...recordFields,
});
export type Vmove = v.InferOutput<typeof Vmove>;

/** The list filters of a notification's VM moves (`notification_id`: its uuid, or the notification). */
export interface VmovesQuery {
  readonly status?: string;
  readonly type?: string;
  readonly sort_key?: string;
  readonly sort_dir?: "asc" | "desc";
  readonly limit?: number;
  readonly marker?: string;
}

/**
 * VM moves, Masakari 2023.1 (microversion 1.3) and later: actions on notifications that need
 * 1.3, so that an older Masakari (Zed offers 1.2) fails with MicroversionError before any
 * request instead of a 404. One page per call: `marker` is the last move's uuid.
 */
export const vmoveActions = {
  listVmoves: {
    method: "GET",
    path: "notifications/{notification_id}/vmoves",
    idField: "notification_uuid",
    query: (a: VmovesQuery) => ({
      status: a.status,
      type: a.type,
      sort_key: a.sort_key,
      sort_dir: a.sort_dir,
      limit: a.limit,
      marker: a.marker,
    }),
    returns: "json",
    resultKey: "vmoves",
    schema: v.array(Vmove),
    requires: "1.3",
  },
  getVmove: {
    method: "GET",
    path: "notifications/{notification_id}/vmoves/{vmove_id}",
    // both ids are uuids: the notification's (a string) and the move's (a string, or the move)
    idField: "uuid",
    returns: "json",
    resultKey: "vmove",
    schema: Vmove,
    requires: "1.3",
  },
} as const;
