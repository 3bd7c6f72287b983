import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { workflowService } from "../descriptor.js";
import { EXECUTION_FAILURES, jsonField, maybeString, mistralSort, timestamps } from "../shared.js";

/** One run of an action, by a task or on its own, fields as Mistral's v2 API names them. */
export const ActionExecution = v.looseObject({
  /** `null` for an action run on its own and not kept (create without `params.save_result`). */
  id: v.nullable(v.string()),
  /** The action run (`std.echo`, …). */
  name: v.string(),
  description: maybeString,
  workflow_name: maybeString,
  workflow_namespace: maybeString,
  task_name: maybeString,
  task_execution_id: maybeString,
  /** RUNNING, PAUSED, SUCCESS, ERROR or CANCELLED. */
  state: v.optional(v.string()),
  state_info: maybeString,
  accepted: v.optional(v.nullable(v.boolean())),
  /** The action's input (JSON text in answers; an object to create). */
  input: jsonField,
  /** Its result, once it ended (JSON text: `{"result": …}`). */
  output: jsonField,
  /** Create only: `{"save_result": true}` keeps a synchronous run's result, `{"run_sync": false}` runs it in the background. */
  params: jsonField,
  /** Newer Mistrals: the tags of the task in the workflow's definition. */
  tags: v.optional(v.nullable(v.array(v.string()))),
  project_id: maybeString,
  ...timestamps,
});

/**
 * Action executions: those a workflow's tasks ran, and actions run on their own (create: an
 * action's `name` and `input`; the answer holds the `output` of a synchronous run). Updating
 * one reports its end (`state` SUCCESS/ERROR/CANCELLED with `output`) or pauses and resumes
 * it: how an asynchronous action is completed from outside. Deleting one needs the cloud's
 * `allow_action_execution_deletion`, and only for those no workflow ran.
 */
export const actionExecutions = defineResource({
  service: workflowService,
  path: "action_executions",
  singular: "ActionExecution",
  plural: "ActionExecutions",
  pluralKey: "action_executions",
  schema: ActionExecution,
  verbs: ["list", "get", "find", "create", "update", "delete", "waitFor"],
  query: [
    "name",
    "workflow_name",
    "task_name",
    "task_execution_id",
    "state",
    "state_info",
    "accepted",
    "description",
    "created_at",
    "updated_at",
  ],
  filters: { ...mistralSort, tags: v.string(), include_output: v.boolean() },
  required: ["name"],
  readOnly: [
    "id",
    "workflow_name",
    "task_name",
    "task_execution_id",
    "state_info",
    "accepted",
    "project_id",
    "created_at",
    "updated_at",
  ],
  createOnly: ["name", "description", "input", "params", "workflow_namespace"],
  updateMethod: "PUT",
  status: { field: "state", failures: EXECUTION_FAILURES },
});
export type ActionExecution = Item<typeof actionExecutions>;
