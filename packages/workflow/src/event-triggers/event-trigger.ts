import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { workflowService } from "../descriptor.js";
import { allProjects, jsonField, maybeString, mistralSort, timestamps } from "../shared.js";

/** A workflow started by a notification on the bus, fields as Mistral's v2 API names them. */
export const EventTrigger = v.looseObject({
  id: v.string(),
  name: v.string(),
  workflow_id: v.string(),
  workflow_input: jsonField,
  workflow_params: jsonField,
  /** The notification that starts it: its exchange (`nova`), topic (`notifications`) and event type. */
  exchange: v.string(),
  topic: v.string(),
  event: v.string(),
  scope: maybeString,
  project_id: maybeString,
  ...timestamps,
});

/**
 * Event triggers: Mistral's event engine listens on `exchange`/`topic` for notifications of
 * type `event` and starts the workflow for each. Only the name, input and params can change;
 * the notification it listens for is fixed (delete and create again).
 */
export const eventTriggers = defineResource({
  service: workflowService,
  path: "event_triggers",
  singular: "EventTrigger",
  plural: "EventTriggers",
  pluralKey: "event_triggers",
  schema: EventTrigger,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  // Zed answers 500 to any field filter on this list (its controller takes them as **kwargs,
  // which its WSME cannot): no field filters, so find matches names in the whole list.
  filters: { ...mistralSort, ...allProjects },
  required: ["workflow_id", "exchange", "topic", "event"],
  readOnly: ["id", "project_id", "created_at", "updated_at"],
  createOnly: ["workflow_id", "exchange", "topic", "event"],
  updateMethod: "PUT",
});
export type EventTrigger = Item<typeof eventTriggers>;
