import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { orchestrationService } from "../descriptor.js";

/** A stack's output: the list gives keys and descriptions, a GET the value (or the error resolving it). */
export const Output = v.looseObject({
  output_key: v.string(),
  description: v.nullish(v.string()),
  output_value: v.optional(v.unknown()),
  output_error: v.optional(v.string()),
});

/** A stack's outputs, under `stacks/{stack_name}/{stack_id}/outputs`, each by its `output_key`. */
export const outputs = defineResource({
  service: orchestrationService,
  path: "stacks/{stack_name}/{stack_id}/outputs",
  singular: "StackOutput",
  plural: "StackOutputs",
  key: "output",
  pluralKey: "outputs",
  idField: "output_key",
  nameField: "output_key",
  schema: Output,
  verbs: ["list", "get"],
  pagination: "none",
});

/** An Output as the API returns it. */
export type Output = Item<typeof outputs>;
