import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { changeFilters, nullableString, optionalString } from "../common.js";
import { computeService } from "../descriptor.js";

/** One step of an instance action, as Nova's services recorded it. */
export const InstanceActionEvent = v.looseObject({
  event: v.string(),
  start_time: v.string(),
  finish_time: nullableString,
  result: nullableString,
  // Admins only; non-admins see hostId (2.62).
  traceback: nullableString,
  host: optionalString,
  hostId: optionalString,
  details: nullableString, // 2.84
});

/**
 * Something done to a server (create, reboot, resize, …), with its request id; `events`
 * only when one action is fetched.
 */
export const InstanceAction = v.looseObject({
  action: v.string(),
  instance_uuid: v.string(),
  request_id: v.string(),
  user_id: nullableString,
  project_id: nullableString,
  start_time: v.string(),
  message: nullableString,
  updated_at: nullableString, // 2.58
  events: v.optional(v.array(InstanceActionEvent)),
});

/**
 * The actions recorded for one server (Nova's os-instance-actions), named by request id
 * and reached as openstacksdk names them: `listServerActions({ server })`,
 * `getServerAction(requestId, { server })`. Pages by request id from 2.58.
 */
export const instanceActions = defineResource({
  service: computeService,
  path: "servers/{server}/os-instance-actions",
  singular: "ServerAction",
  plural: "ServerActions",
  key: "instanceAction",
  pluralKey: "instanceActions",
  idField: "request_id",
  markerField: "request_id",
  schema: InstanceAction,
  verbs: ["list", "get"],
  filters: changeFilters,
  maxMicroversion: "2.84",
});

/** An InstanceAction as the API returns it (its declared fields; extra fields pass through at run time). */
export type InstanceAction = Item<typeof instanceActions>;
