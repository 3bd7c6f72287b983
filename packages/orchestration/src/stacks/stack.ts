import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { orchestrationService } from "../descriptor.js";
import { Link } from "./shared.js";
import { type StackInput, type StackPreviewUpdateInput, stackBody } from "./stack-input.js";

/** A stack as GET shows it; a list shows fewer fields (no parameters, outputs, template_description). */
export const Stack = v.looseObject({
  id: v.string(),
  stack_name: v.string(),
  stack_status: v.string(),
  stack_status_reason: v.nullish(v.string()),
  description: v.nullish(v.string()),
  creation_time: v.nullish(v.string()),
  updated_time: v.nullish(v.string()),
  deletion_time: v.nullish(v.string()),
  links: v.optional(v.array(Link)),
  parent: v.nullish(v.string()),
  stack_owner: v.nullish(v.string()),
  stack_user_project_id: v.nullish(v.string()),
  project: v.optional(v.string()),
  tags: v.nullish(v.array(v.string())),
  capabilities: v.optional(v.array(v.unknown())),
  disable_rollback: v.optional(v.boolean()),
  notification_topics: v.optional(v.array(v.unknown())),
  outputs: v.optional(v.array(v.looseObject({ output_key: v.string() }))),
  parameters: v.optional(v.record(v.string(), v.unknown())),
  template_description: v.nullish(v.string()),
  timeout_mins: v.nullish(v.number()),
});

/** What a create or adopt answers: the new stack's id and its canonical link, nothing else. */
export const StackCreated = v.looseObject({ id: v.string(), links: v.optional(v.array(Link)) });

/** What a preview answers: the stack as it would be, its resources listed (nested as lists). */
export const StackPreview = v.looseObject({
  stack_name: v.string(),
  resources: v.optional(v.array(v.unknown())),
});

/** What an update preview answers: the resources an update would add, delete, replace, change or keep. */
export const StackUpdatePreview = v.looseObject({
  added: v.array(v.unknown()),
  deleted: v.array(v.unknown()),
  replaced: v.array(v.unknown()),
  unchanged: v.array(v.unknown()),
  updated: v.array(v.unknown()),
});

const ANY_OBJECT = v.record(v.string(), v.unknown());
const STRINGS = v.union([v.string(), v.array(v.string())]);
const BOOLEAN = v.boolean();

/**
 * Stacks as Heat declares them: the collection, its filters, and what is sent under it. The
 * stack itself (get, find, delete) is read at its canonical `stacks/{stack_name}/{id}`, looked
 * up first when only a name or an id is given: see stacks.ts, which wraps these verbs.
 * What is under a stack takes `stack_name` and `stack_id` (`stackIds(stack)`).
 */
export const stackDeclaration = defineResource({
  service: orchestrationService,
  path: "stacks",
  singular: "Stack",
  plural: "Stacks",
  key: "stack",
  pluralKey: "stacks",
  nameField: "stack_name",
  schema: Stack,
  verbs: ["list", "get", "find", "delete"],
  // Heat filters by `name` (the stack_name column), not by the field's name.
  query: ["id"],
  filters: {
    name: STRINGS,
    status: STRINGS,
    action: STRINGS,
    tenant: v.string(),
    username: v.string(),
    owner_id: v.string(),
    tags: v.string(),
    tags_any: v.string(),
    not_tags: v.string(),
    not_tags_any: v.string(),
    sort_keys: STRINGS,
    sort_dir: v.picklist(["asc", "desc"]),
    show_deleted: BOOLEAN,
    show_nested: BOOLEAN,
    show_hidden: BOOLEAN,
    global_tenant: BOOLEAN,
    with_count: BOOLEAN,
  },
  getQuery: { resolve_outputs: BOOLEAN },
  // waitForStack judges failures itself, to give Heat's reason.
  status: { field: "stack_status" },
  // waitForDeleteStack is a function: a deleted stack read by id answers, it is not a 404.
  deleteWait: false,
  actions: {
    /** POST stacks: a stack from a template (object, YAML text or URL), parameters, environment, files. */
    createStack: {
      method: "POST",
      path: "stacks",
      body: (a: StackInput) => stackBody(a),
      returns: "json",
      resultKey: "stack",
      schema: StackCreated,
    },
    /** POST stacks with `adopt_stack_data` (an abandoned stack's data): resources are taken over, not made. */
    adoptStack: {
      method: "POST",
      path: "stacks",
      body: (a: StackInput & { adopt_stack_data: Readonly<Record<string, unknown>> | string }) => stackBody(a),
      returns: "json",
      resultKey: "stack",
      schema: StackCreated,
    },
    /** POST stacks/preview: what a create would make, without making it. */
    previewStack: {
      method: "POST",
      path: "stacks/preview",
      body: (a: StackInput) => stackBody(a),
      returns: "json",
      resultKey: "stack",
      schema: StackPreview,
    },
    previewUpdateStack: {
      method: "PUT",
      path: "stacks/{stack_name}/{stack_id}/preview",
      body: ({ stack_name: _, stack_id: __, ...a }: StackPreviewUpdateInput) => stackBody(a),
      query: (a: { show_nested?: boolean }) => ({ show_nested: a.show_nested }),
      returns: "json",
      resultKey: "resource_changes",
      schema: StackUpdatePreview,
    },
    previewPatchStack: {
      method: "PATCH",
      path: "stacks/{stack_name}/{stack_id}/preview",
      body: ({ stack_name: _, stack_id: __, ...a }: Partial<StackPreviewUpdateInput>) => stackBody(a),
      query: (a: { show_nested?: boolean }) => ({ show_nested: a.show_nested }),
      returns: "json",
      resultKey: "resource_changes",
      schema: StackUpdatePreview,
    },
    /** DELETE …/abandon: Heat forgets the stack, its resources stay; the answer adopts them again. */
    abandonStack: {
      method: "DELETE",
      path: "stacks/{stack_name}/{stack_id}/abandon",
      // Its answer is the only copy of the stack's data: a resend could only say 404.
      idempotent: false,
      returns: "json",
      schema: ANY_OBJECT,
    },
    exportStack: { method: "GET", path: "stacks/{stack_name}/{stack_id}/export", returns: "json", schema: ANY_OBJECT },
    getStackTemplate: {
      method: "GET",
      path: "stacks/{stack_name}/{stack_id}/template",
      returns: "json",
      schema: ANY_OBJECT,
    },
    getStackEnvironment: {
      method: "GET",
      path: "stacks/{stack_name}/{stack_id}/environment",
      returns: "json",
      schema: ANY_OBJECT,
    },
    getStackFiles: {
      method: "GET",
      path: "stacks/{stack_name}/{stack_id}/files",
      returns: "json",
      schema: v.record(v.string(), v.string()),
    },
  },
});

/** A Stack as the API returns it. */
export type Stack = Item<typeof stackDeclaration>;
