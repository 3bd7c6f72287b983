import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { workflowService } from "../descriptor.js";
import { EXECUTION_FAILURES, allProjects, jsonField, maybeString, mistralSort, timestamps } from "../shared.js";

/** A run of a workflow, fields as Mistral's v2 API names them. */
export const Execution = v.looseObject({
  id: v.string(),
  /** The workflow run, by name (with `workflow_namespace`) or by `workflow_id`. */
  workflow_name: maybeString,
  workflow_id: maybeString,
  workflow_namespace: maybeString,
  description: maybeString,
  /** IDLE, RUNNING, PAUSED, SUCCESS, ERROR or CANCELLED. */
  state: v.optional(v.string()),
  /** Why the state is what it is: the error of an ERROR execution. */
  state_info: maybeString,
  /** The workflow's input (JSON text in answers; an object or JSON text to create). */
  input: jsonField,
  /** What the workflow published as its output, once it ended (JSON text). */
  output: jsonField,
  /** Run parameters: `env` (variables for `env()`), `task_name` for reverse workflows, `notify`. */
  params: jsonField,
  /** The task that started this execution, for a sub-workflow. */
  task_execution_id: maybeString,
  root_execution_id: maybeString,
  /** The execution this one was started again from (create with it to re-run one). */
  source_execution_id: maybeString,
  published_global: jsonField,
  tags: v.optional(v.nullable(v.array(v.string()))),
  project_id: maybeString,
  ...timestamps,
});

/**
 * Workflow executions. Creating one starts the workflow (the answer is RUNNING, or already
 * SUCCESS for a short one): `waitForExecution` waits for it to end. Updating one changes its
 * state (`PAUSED`, `RUNNING` to resume, `SUCCESS`/`ERROR`/`CANCELLED` to stop it), its
 * `description`, or its `params.env` (not both a state and a description at once).
 */
export const executions = defineResource({
  service: workflowService,
  path: "executions",
  singular: "Execution",
  plural: "Executions",
  pluralKey: "executions",
  // an execution has no name: find takes its id, or a description
  nameField: "description",
  schema: Execution,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  query: [
    "workflow_name",
    "workflow_id",
    "description",
    "state",
    "state_info",
    "task_execution_id",
    "root_execution_id",
    "project_id",
    "created_at",
    "updated_at",
  ],
  filters: { ...mistralSort, ...allProjects, include_output: v.boolean(), tags: v.string() },
  deleteQuery: { force: v.boolean() },
  readOnly: [
    "id",
    "output",
    "task_execution_id",
    "root_execution_id",
    "published_global",
    "project_id",
    "created_at",
    "updated_at",
  ],
  createOnly: ["workflow_name", "workflow_id", "workflow_namespace", "input", "source_execution_id"],
  updateMethod: "PUT",
  // waitForExecution judges failures itself, to give Mistral's state_info
  status: { field: "state", failures: EXECUTION_FAILURES },
});
export type Execution = Item<typeof executions>;
