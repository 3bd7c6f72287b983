import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { workflowService } from "../descriptor.js";
import { allProjects, jsonField, maybeString, mistralSort, timestamps } from "../shared.js";

/** A schedule that starts a workflow, fields as Mistral's v2 API names them. */
export const CronTrigger = v.looseObject({
  id: v.optional(v.string()),
  name: v.string(),
  workflow_name: maybeString,
  workflow_id: maybeString,
  /** The input each execution gets (JSON text in answers; an object to create). */
  workflow_input: jsonField,
  workflow_params: jsonField,
  /** A cron pattern (`*\/5 * * * *`); without one, the trigger fires once at `first_execution_time`. */
  pattern: maybeString,
  /** How many more times it fires; it is deleted after the last. */
  remaining_executions: v.optional(v.nullable(v.number())),
  /** `YYYY-MM-DD HH:MM` (UTC): the first time it fires. */
  first_execution_time: maybeString,
  next_execution_time: maybeString,
  scope: maybeString,
  project_id: maybeString,
  ...timestamps,
});

/**
 * Cron triggers: Mistral starts the workflow at each time the pattern (or the first execution
 * time) names, `remaining_executions` times, then deletes the trigger. Read and deleted by
 * name or id; not updatable (delete and create again).
 */
export const cronTriggers = defineResource({
  service: workflowService,
  path: "cron_triggers",
  singular: "CronTrigger",
  plural: "CronTriggers",
  pluralKey: "cron_triggers",
  schema: CronTrigger,
  verbs: ["list", "get", "find", "create", "delete"],
  query: [
    "name",
    "workflow_name",
    "workflow_id",
    "pattern",
    "remaining_executions",
    "first_execution_time",
    "next_execution_time",
    "scope",
    "project_id",
    "created_at",
    "updated_at",
  ],
  filters: { ...mistralSort, ...allProjects },
  required: ["name"],
  readOnly: ["id", "next_execution_time", "scope", "project_id", "created_at", "updated_at"],
});
export type CronTrigger = Item<typeof cronTriggers>;
