import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { workflowService } from "../descriptor.js";
import { EXECUTION_FAILURES, jsonField, maybeString, mistralSort, timestamps } from "../shared.js";

/** One task of a workflow execution, fields as Mistral's v2 API names them. */
export const Task = v.looseObject({
  id: v.string(),
  name: v.string(),
  /** `ACTION` (runs an action) or `WORKFLOW` (runs a sub-workflow). */
  type: maybeString,
  workflow_name: maybeString,
  workflow_namespace: maybeString,
  workflow_id: maybeString,
  workflow_execution_id: maybeString,
  /** IDLE, WAITING, RUNNING, RUNNING_DELAYED, SUCCESS, ERROR or CANCELLED. */
  state: v.optional(v.string()),
  state_info: maybeString,
  /** The action's result, as JSON text. */
  result: maybeString,
  published: jsonField,
  published_global: jsonField,
  runtime_context: jsonField,
  processed: v.optional(v.nullable(v.boolean())),
  reset: v.optional(v.nullable(v.boolean())),
  env: jsonField,
  /** Newer Mistrals: the tags of the task in the workflow's definition. */
  tags: v.optional(v.nullable(v.array(v.string()))),
  project_id: maybeString,
  started_at: maybeString,
  finished_at: maybeString,
  ...timestamps,
});

/** A rerun: whether the task starts over (`reset`, required for all but with-items tasks) and its new `env`. */
export interface TaskRerun {
  readonly task: string | { readonly id: string };
  readonly reset?: boolean;
  readonly env?: Readonly<Record<string, unknown>>;
}

/**
 * Task executions: read-only, made by the engine as a workflow runs (filter the list by
 * `workflow_execution_id` for one execution's). A task in ERROR can be run again:
 * `rerunTask`, after which its execution is RUNNING again.
 */
export const tasks = defineResource({
  service: workflowService,
  path: "tasks",
  singular: "Task",
  plural: "Tasks",
  pluralKey: "tasks",
  schema: Task,
  verbs: ["list", "get", "find"],
  query: [
    "name",
    "workflow_name",
    "workflow_id",
    "workflow_execution_id",
    "state",
    "state_info",
    "processed",
    "reset",
    "created_at",
    "updated_at",
  ],
  filters: { ...mistralSort, tags: v.string() },
  status: { field: "state", failures: EXECUTION_FAILURES },
  actions: {
    /** Runs a task in ERROR again (its workflow execution goes back to RUNNING). */
    rerunTask: {
      method: "PUT",
      path: "tasks/{task}",
      body: (a: TaskRerun) => ({
        state: "RUNNING",
        reset: a.reset ?? true,
        ...(a.env !== undefined && { env: a.env }),
      }),
      returns: "json",
      schema: Task,
      idempotent: false,
    },
  },
});
export type Task = Item<typeof tasks>;
