import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { workflowService } from "../descriptor.js";
import { allProjects, maybeString, mistralSort, timestamps } from "../shared.js";
import { DefinitionValidation } from "../workflows/workflow.js";

/** A workbook: one YAML definition holding workflows (and, before Zed, actions) under one name. */
export const Workbook = v.looseObject({
  id: v.optional(v.string()),
  name: v.string(),
  namespace: maybeString,
  /** The YAML text (Mistral v2 DSL) the workbook was made from. */
  definition: maybeString,
  tags: v.optional(v.nullable(v.array(v.string()))),
  /** `private` (the default) or `public`. */
  scope: maybeString,
  project_id: maybeString,
  ...timestamps,
});

/** A workbook's upload: its YAML definition, with the namespace and scope its workflows get. */
export interface WorkbookDefinition {
  /** The YAML text: `version: '2.0'`, `name: …`, and its `workflows:`. */
  readonly definition: string;
  readonly namespace?: string;
  readonly scope?: "private" | "public";
  readonly skip_validation?: boolean;
}

const definitionQuery = (a: WorkbookDefinition) => ({
  namespace: a.namespace,
  scope: a.scope,
  skip_validation: a.skip_validation,
});

/**
 * Workbooks, named by the `name:` of their definition (their URL takes the name, not the id).
 * Made and changed from YAML sent as `text/plain`; its workflows are named
 * `<workbook>.<workflow>`, and stay when the workbook is deleted (Zed).
 */
export const workbooks = defineResource({
  service: workflowService,
  path: "workbooks",
  singular: "Workbook",
  plural: "Workbooks",
  pluralKey: "workbooks",
  idField: "name",
  schema: Workbook,
  verbs: ["list", "get", "find", "delete"],
  query: ["name", "namespace", "scope", "project_id", "definition", "created_at", "updated_at"],
  filters: { ...mistralSort, ...allProjects, tags: v.string() },
  getQuery: { namespace: v.string(), fields: v.string() },
  deleteQuery: { namespace: v.string() },
  readOnly: ["id", "project_id", "created_at", "updated_at"],
  actions: {
    /** Makes a workbook (and its workflows) from its YAML definition. */
    createWorkbook: {
      method: "POST",
      path: "workbooks",
      rawBody: (a: WorkbookDefinition) => a.definition,
      contentType: "text/plain",
      query: definitionQuery,
      returns: "json",
      schema: Workbook,
    },
    /** Replaces the workbook its definition names, and its workflows. */
    updateWorkbook: {
      method: "PUT",
      path: "workbooks",
      rawBody: (a: WorkbookDefinition) => a.definition,
      contentType: "text/plain",
      query: definitionQuery,
      returns: "json",
      schema: Workbook,
    },
    /** Checks a workbook definition without making anything: `{ valid, error }`. */
    validateWorkbook: {
      method: "POST",
      path: "workbooks/validate",
      rawBody: (a: { definition: string }) => a.definition,
      contentType: "text/plain",
      returns: "json",
      schema: DefinitionValidation,
    },
  },
});
export type Workbook = Item<typeof workbooks>;
