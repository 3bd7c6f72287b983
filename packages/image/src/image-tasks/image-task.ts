import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { Task } from "../tasks/task.js";
import { imageService } from "../descriptor.js";

/** A task as one image's task list shows it: a Task with its request and user, and the soft-delete fields. */
export const ImageTask = v.looseObject({
  ...Task.entries,
  image_id: v.string(),
  deleted: v.optional(v.boolean()),
  deleted_at: v.optional(v.nullable(v.string())),
  // The image's tasks come without these two.
  self: v.optional(v.string()),
  schema: v.optional(v.string()),
});

/**
 * The tasks that worked on one image (`GET /v2/images/{image_id}/tasks`, Image API 2.12):
 * the `api_image_import` of each import, with its message ("Copied 15 MiB") and result.
 */
export const imageTasks = defineResource({
  service: imageService,
  path: "images/{image_id}/tasks",
  singular: "ImageTask",
  plural: "ImageTasks",
  pluralKey: "tasks",
  schema: ImageTask,
  verbs: ["list"],
  pagination: "none",
});

/** An ImageTask as the API returns it. */
export type ImageTask = Item<typeof imageTasks>;
