import { defineResource, sortFilters, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { imageService } from "../descriptor.js";

const optionalString = v.optional(v.nullable(v.string()));

/** Glance's asynchronous work: the legacy `import` task, and the `api_image_import` behind every import. */
export const Task = v.looseObject({
  id: v.string(),
  type: v.string(),
  status: v.string(),
  owner: v.nullable(v.string()),
  created_at: v.string(),
  updated_at: v.string(),
  // Set when the task ends: it is then kept until this time.
  expires_at: optionalString,
  self: v.optional(v.string()),
  schema: v.string(),
  // The list leaves these out; a get has them.
  input: v.optional(v.nullable(v.record(v.string(), v.unknown()))),
  result: v.optional(v.nullable(v.record(v.string(), v.unknown()))),
  message: optionalString,
  // Image API 2.12 and later.
  image_id: optionalString,
  request_id: optionalString,
  user_id: optionalString,
});

/**
 * Tasks, under `tasks`. Created with a `type` and its `input`; they end in `success` or
 * `failure` (`waitForTask` treats `failure` as a failure) and cannot be deleted: Glance
 * drops them after `expires_at`.
 */
export const tasks = defineResource({
  service: imageService,
  path: "tasks",
  singular: "Task",
  plural: "Tasks",
  pluralKey: "tasks",
  schema: Task,
  verbs: ["list", "get", "create", "waitFor"],
  query: ["type", "status"],
  filters: sortFilters,
  required: ["type", "input"],
  readOnly: [
    "id",
    "status",
    "owner",
    "created_at",
    "updated_at",
    "expires_at",
    "self",
    "schema",
    "result",
    "message",
    "image_id",
    "request_id",
    "user_id",
  ],
  status: { failures: ["failure"] },
});

/** A Task as the API returns it. */
export type Task = Item<typeof tasks>;
