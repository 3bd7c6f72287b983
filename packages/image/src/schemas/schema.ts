import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { imageService } from "../descriptor.js";

/** A JSON Schema Glance publishes for its own documents (an image, a member, a task, and their lists). */
export const JsonSchema = v.looseObject({
  name: v.string(),
  properties: v.record(v.string(), v.looseObject({})),
  additionalProperties: v.optional(v.unknown()),
  required: v.optional(v.array(v.string())),
  links: v.optional(v.array(v.looseObject({ rel: v.string(), href: v.string() }))),
});

/**
 * Glance's schemas, by name: `getSchema("image")`, `"images"`, `"member"`, `"members"`,
 * `"task"`, `"tasks"` (openstacksdk's get_image_schema, get_images_schema, …). The image
 * schema lists the properties this cloud accepts, custom ones included.
 */
export const schemas = defineResource({
  service: imageService,
  path: "schemas",
  singular: "Schema",
  plural: "Schemas",
  idField: "name",
  schema: JsonSchema,
  verbs: ["get"],
});

/** A JsonSchema as the API returns it. */
export type JsonSchema = Item<typeof schemas>;
