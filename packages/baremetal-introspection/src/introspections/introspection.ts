import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { baremetalIntrospectionService } from "../descriptor.js";
import { jsonObject, links, maybeString } from "../shared.js";

/**
 * One node's introspection status, fields as the inspector's v1 reference names them. The
 * node's uuid is the introspection's id: a node has one introspection, its latest.
 */
export const Introspection = v.looseObject({
  uuid: v.string(),
  /** starting, waiting, processing, finished, error, reapplying, enrolling, aborting. */
  state: v.optional(v.string()),
  finished: v.boolean(),
  error: maybeString,
  started_at: maybeString,
  finished_at: maybeString,
  links,
});

/** Where a state change is refused or fails: `error` (a hook or the ramdisk failed, or it was aborted). */
export const INTROSPECTION_FAILURES = ["error"] as const;

/** What `startIntrospection` takes besides the node. */
export interface StartIntrospectionOptions {
  readonly introspection: string | { readonly uuid: string };
  /**
   * False: the inspector neither sets the boot device nor reboots the node; whoever manages
   * its boot powers it on (the inspector waits for the ramdisk all the same).
   */
  readonly manage_boot?: boolean;
}

/**
 * Introspections, newest first. A node's introspection is started on the node (by its uuid
 * or name) and is `waiting` until the ramdisk posts its inventory to `/v1/continue`, then
 * `processing`, then `finished` (or `error`). Lists page by `marker` and `limit`.
 */
export const introspections = defineResource({
  service: baremetalIntrospectionService,
  path: "introspection",
  singular: "Introspection",
  plural: "Introspections",
  pluralKey: "introspection",
  idField: "uuid",
  nameField: "uuid",
  markerField: "uuid",
  pagination: "marker",
  schema: Introspection,
  verbs: ["list", "get", "waitFor"],
  filters: { limit: v.number() },
  readOnly: ["uuid", "state", "finished", "error", "started_at", "finished_at", "links"],
  status: { field: "state", failures: INTROSPECTION_FAILURES },
  actions: {
    /** openstacksdk's start_introspection: 202 and no body; read the status with getIntrospection. */
    startIntrospection: {
      method: "POST",
      path: "introspection/{introspection}",
      idField: "uuid",
      query: (a: StartIntrospectionOptions) => ({
        ...(a.manage_boot !== undefined && { manage_boot: a.manage_boot }),
      }),
    },
    /** Ends a running introspection in `error` ("Canceled by operator"), powering the node off. 409 while it is processed. */
    abortIntrospection: { method: "POST", path: "introspection/{introspection}/abort", idField: "uuid" },
    /** The processed data a finished introspection stored (`[processing] store_data`); 404 without a store. */
    getIntrospectionData: {
      method: "GET",
      path: "introspection/{introspection}/data",
      idField: "uuid",
      returns: "json",
      schema: jsonObject,
    },
    /** The data as the ramdisk sent it, before the processing hooks (1.17). */
    getUnprocessedIntrospectionData: {
      method: "GET",
      path: "introspection/{introspection}/data/unprocessed",
      idField: "uuid",
      returns: "json",
      schema: jsonObject,
    },
    /**
     * Processes the stored unprocessed data again (rules included), or `data` given here
     * instead (1.15), as the ramdisk would send it. 202: the introspection goes `reapplying`.
     */
    reapplyIntrospection: {
      method: "POST",
      path: "introspection/{introspection}/data/unprocessed",
      idField: "uuid",
      body: (a: { data?: Readonly<Record<string, unknown>> }) => a.data,
    },
  },
});
export type Introspection = Item<typeof introspections>;
