import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { workflowService } from "../descriptor.js";
import { allProjects, maybeString, mistralSort, timestamps } from "../shared.js";

/** A workflow, fields as Mistral's v2 API names them. */
export const Workflow = v.looseObject({
  id: v.string(),
  name: v.string(),
  /** Workflows of the same name may live in different namespaces; `""` is the default one. */
  namespace: maybeString,
  /** The workflow's input parameters as the definition lists them (`"a, b=1"`). */
  input: maybeString,
  /** Its input and output, as data: `{"input": [...], "output": [...]}`. */
  interface: v.optional(v.nullable(v.union([v.string(), v.record(v.string(), v.unknown())]))),
  /** The YAML text (Mistral v2 DSL) the workflow was made from. */
  definition: maybeString,
  /** Newer Mistrals: a checksum of the definition. */
  checksum: maybeString,
  tags: v.optional(v.nullable(v.array(v.string()))),
  /** `private` (the default) or `public` (every project sees it). */
  scope: maybeString,
  project_id: maybeString,
  ...timestamps,
});

/** Where a definition's workflows go: their namespace and scope, and whether Mistral checks the YAML first. */
export interface DefinitionOptions {
  /** The YAML text (Mistral v2 DSL): `version: '2.0'` and one or more workflows. */
  readonly definition: string;
  readonly namespace?: string;
  /** `private` (the default) or `public`. */
  readonly scope?: "private" | "public";
  /** Skip Mistral's syntax check (refused where the cloud's validation is mandatory). */
  readonly skip_validation?: boolean;
}

/** The query a definition's upload carries: what was given, nothing else. */
const definitionQuery = (a: DefinitionOptions) => ({
  namespace: a.namespace,
  scope: a.scope,
  skip_validation: a.skip_validation,
});

/** Mistral's answer to a definition it checked: valid, or the error it found. */
export const DefinitionValidation = v.looseObject({ valid: v.boolean(), error: maybeString });

/**
 * Workflows. Made from a YAML definition sent as `text/plain` (one definition may hold
 * several workflows: `createWorkflow` answers all it made); read and deleted by id or name
 * (with `namespace` where names repeat). `updateWorkflow` sends a changed definition: each
 * workflow it names is replaced.
 */
export const workflows = defineResource({
  service: workflowService,
  path: "workflows",
  singular: "Workflow",
  plural: "Workflows",
  pluralKey: "workflows",
  schema: Workflow,
  verbs: ["list", "get", "find", "delete"],
  query: ["name", "namespace", "scope", "project_id", "definition", "input", "created_at", "updated_at"],
  filters: { ...mistralSort, ...allProjects, tags: v.string() },
  getQuery: { namespace: v.string(), fields: v.string() },
  deleteQuery: { namespace: v.string() },
  readOnly: ["id", "project_id", "created_at", "updated_at", "checksum", "interface"],
  actions: {
    /** Makes the workflows a YAML definition holds; answers each of them. */
    createWorkflow: {
      method: "POST",
      path: "workflows",
      rawBody: (a: DefinitionOptions) => a.definition,
      contentType: "text/plain",
      query: definitionQuery,
      returns: "json",
      resultKey: "workflows",
      schema: v.array(Workflow),
    },
    /** Replaces the workflows a YAML definition names (matched by name in the namespace); answers each. */
    updateWorkflow: {
      method: "PUT",
      path: "workflows",
      rawBody: (a: DefinitionOptions) => a.definition,
      contentType: "text/plain",
      query: definitionQuery,
      returns: "json",
      resultKey: "workflows",
      schema: v.array(Workflow),
    },
    /** Checks a definition without making anything: `{ valid, error }`. */
    validateWorkflow: {
      method: "POST",
      path: "workflows/validate",
      rawBody: (a: { definition: string }) => a.definition,
      contentType: "text/plain",
      returns: "json",
      schema: DefinitionValidation,
    },
  },
});
export type Workflow = Item<typeof workflows>;
