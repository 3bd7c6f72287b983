import * as v from "valibot";

/** A string the API may answer as `null` (a domain, a timestamp not yet set). */
export const nullableString = v.nullable(v.string());

/** Optional and nullable: fields some answers leave out. */
export const maybeString = v.optional(nullableString);

/** A free-form map (`metadata`, `data`, `config`, a spec's `properties`). */
export const anyMap = v.record(v.string(), v.unknown());

/** Who owns a Senlin object, and when it changed: on profiles, policies, clusters, nodes, receivers. */
export const ownerFields = {
  user: v.optional(v.string()),
  project: v.optional(v.string()),
  domain: maybeString,
  created_at: maybeString,
  updated_at: maybeString,
};

/** The fields only Senlin sets on those objects, for each resource's `readOnly`. */
export const ownerReadOnly = ["id", "user", "project", "domain", "created_at", "updated_at"] as const;

/**
 * Senlin's list filters beyond the fields: `sort` (`name:asc,created_at:desc`) and
 * `global_project` (every project's objects; admin).
 */
export const senlinListFilters = {
  sort: v.string(),
  global_project: v.boolean(),
};

/** A spec: what a profile or policy is (`os.nova.server` 1.0 and its properties). */
export const Spec = v.looseObject({
  type: v.string(),
  /** `1.0`: a string, though the reference's samples show the number. */
  version: v.union([v.string(), v.number()]),
  properties: v.optional(anyMap),
});

/**
 * What Senlin answers to an operation it runs in the background: the id of the action that
 * carries it out (`waitForAction` follows it).
 */
export const ActionAccepted = v.looseObject({ action: v.string() });

/** A cluster's or node's state, its reason and its owner's bookkeeping. */
export const statusFields = {
  /** INIT, CREATING, ACTIVE, UPDATING, RESIZING, RECOVERING, CHECKING, DELETING, ERROR, WARNING, … */
  status: v.string(),
  status_reason: maybeString,
  init_at: maybeString,
};

/** The microversion whose answers every schema here understands (Zed's highest). */
export const MAX_MICROVERSION = "1.14";
