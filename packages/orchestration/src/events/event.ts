import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { orchestrationService } from "../descriptor.js";
import { Link } from "../stacks/shared.js";

/** One change of one resource's state (or of the stack's: its `resource_name` is the stack's name). */
export const Event = v.looseObject({
  id: v.string(),
  event_time: v.string(),
  resource_name: v.string(),
  resource_status: v.string(),
  resource_status_reason: v.nullish(v.string()),
  logical_resource_id: v.optional(v.string()),
  physical_resource_id: v.nullish(v.string()),
  resource_type: v.optional(v.string()),
  /** GET of one event: the properties the resource had then. */
  resource_properties: v.optional(v.record(v.string(), v.unknown())),
  links: v.optional(v.array(Link)),
});

const STRINGS = v.union([v.string(), v.array(v.string())]);
const eventFilters = {
  resource_action: STRINGS,
  resource_status: STRINGS,
  resource_name: STRINGS,
  resource_type: STRINGS,
  nested_depth: v.number(),
  sort_keys: STRINGS,
  sort_dir: v.picklist(["asc", "desc"]),
};

/** A stack's events, oldest first, under `stacks/{stack_name}/{stack_id}/events` (openstacksdk's `stack_events`). */
export const stackEvents = defineResource({
  service: orchestrationService,
  path: "stacks/{stack_name}/{stack_id}/events",
  singular: "StackEvent",
  plural: "StackEvents",
  key: "event",
  pluralKey: "events",
  schema: Event,
  verbs: ["list"],
  filters: eventFilters,
});

/** One resource's events, under the stack's `resources/{resource_name}/events`; one event is read here. */
export const resourceEvents = defineResource({
  service: orchestrationService,
  path: "stacks/{stack_name}/{stack_id}/resources/{resource_name}/events",
  singular: "ResourceEvent",
  plural: "ResourceEvents",
  key: "event",
  pluralKey: "events",
  schema: Event,
  verbs: ["list", "get"],
  filters: eventFilters,
});

/** An Event as the API returns it. */
export type Event = Item<typeof stackEvents>;
