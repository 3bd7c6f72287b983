import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { orchestrationService } from "../descriptor.js";
import { Link } from "../stacks/shared.js";

/** One resource of a stack (a server, a network, a nested stack), named as the template names it. */
export const Resource = v.looseObject({
  resource_name: v.string(),
  resource_type: v.string(),
  resource_status: v.string(),
  resource_status_reason: v.nullish(v.string()),
  logical_resource_id: v.optional(v.string()),
  /** The id of the real thing (a Nova server's, …); empty until it exists. */
  physical_resource_id: v.nullish(v.string()),
  required_by: v.optional(v.array(v.string())),
  creation_time: v.nullish(v.string()),
  updated_time: v.nullish(v.string()),
  links: v.optional(v.array(Link)),
  /** GET, and a list `with_detail`: the resource's attributes and properties. */
  attributes: v.optional(v.record(v.string(), v.unknown())),
  properties: v.optional(v.record(v.string(), v.unknown())),
  description: v.optional(v.string()),
  /** With `nested_depth`: the stack a nested resource belongs to. */
  parent_resource: v.optional(v.string()),
  stack_name: v.optional(v.string()),
});

const STRINGS = v.union([v.string(), v.array(v.string())]);

/**
 * A stack's resources, under the stack's canonical path (`stack_name` and `stack_id`: see
 * stackIds), each by its `resource_name`. openstacksdk's `resources(stack)` is
 * `listResources(stackIds(stack))`; `nested_depth` lists nested stacks' resources too.
 */
export const resources = defineResource({
  service: orchestrationService,
  path: "stacks/{stack_name}/{stack_id}/resources",
  singular: "Resource",
  plural: "Resources",
  key: "resource",
  pluralKey: "resources",
  idField: "resource_name",
  nameField: "resource_name",
  schema: Resource,
  verbs: ["list", "get"],
  pagination: "none",
  filters: {
    nested_depth: v.number(),
    with_detail: v.boolean(),
    type: STRINGS,
    status: STRINGS,
    name: STRINGS,
    action: STRINGS,
    id: STRINGS,
    physical_resource_id: STRINGS,
  },
  actions: {
    /**
     * PATCH: marks a resource unhealthy (CHECK_FAILED), so the next stack update replaces it;
     * `mark_unhealthy: false` clears the mark.
     */
    markResourceUnhealthy: {
      method: "PATCH",
      path: "stacks/{stack_name}/{stack_id}/resources/{resource_name}",
      idField: "resource_name",
      body: (a: { mark_unhealthy?: boolean; resource_status_reason?: string }) => ({
        mark_unhealthy: a.mark_unhealthy ?? true,
        ...(a.resource_status_reason !== undefined && { resource_status_reason: a.resource_status_reason }),
      }),
    },
    getResourceMetadata: {
      method: "GET",
      path: "stacks/{stack_name}/{stack_id}/resources/{resource_name}/metadata",
      idField: "resource_name",
      returns: "json",
      resultKey: "metadata",
      schema: v.record(v.string(), v.unknown()),
    },
  },
});

/** A stack's Resource as the API returns it. */
export type Resource = Item<typeof resources>;
