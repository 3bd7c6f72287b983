import * as v from "valibot";

/** A string the API may answer as `null` (descriptions, timestamps not yet set). */
export const nullableString = v.nullable(v.string());

/** Optional and nullable: fields some answers leave out or send as `null`. */
export const maybeString = v.optional(nullableString);

/**
 * Mistral's JSON fields (an execution's `input`, `output`, `params`; a trigger's
 * `workflow_input`): the API answers them as JSON text (`"{\"x\": 1}"`) and takes either
 * that text or the object itself. `JSON.parse` the answer's text to read it.
 */
export const jsonField = v.optional(v.nullable(v.union([v.string(), v.record(v.string(), v.unknown())])));

/** The fields every Mistral record carries, as the server sets them. */
export const timestamps = {
  created_at: maybeString,
  updated_at: maybeString,
};

/**
 * Mistral's list filters beyond the fields: the sort (comma-separated keys and directions,
 * `sort_keys=created_at,name&sort_dirs=asc,desc`) and the fields to answer with.
 */
export const mistralSort = {
  sort_keys: v.string(),
  sort_dirs: v.string(),
  fields: v.string(),
};

/** An admin's filter: every project's items, not only the token's. */
export const allProjects = { all_projects: v.boolean() };

/**
 * The states of executions, tasks and action executions: IDLE, WAITING, RUNNING, RUNNING_DELAYED,
 * PAUSED, then SUCCESS, ERROR or CANCELLED. ERROR is a failure; `state_info` says why.
 */
export const EXECUTION_FAILURES = ["ERROR"] as const;
