import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { baremetalService } from "../descriptor.js";
import { IRONIC_MAX, JSON_PATCH, patchAction, ironicSort, jsonObject, links, timestamps } from "../shared.js";

/** One deploy step of a template: an interface's step, its arguments and priority. */
export const DeployStep = v.looseObject({
  interface: v.string(),
  step: v.string(),
  args: jsonObject,
  priority: v.number(),
});

/** A deploy template: steps a deployment runs when the node's instance asks for its trait (1.55). */
export const DeployTemplate = v.looseObject({
  uuid: v.string(),
  /** A custom trait: `CUSTOM_…`. */
  name: v.string(),
  steps: v.array(DeployStep),
  extra: v.optional(v.nullable(jsonObject)),
  ...timestamps,
  links,
});

/** Deploy templates (1.55). Lists are the detailed view. */
export const deployTemplates = defineResource({
  service: baremetalService,
  path: "deploy_templates",
  singular: "DeployTemplate",
  plural: "DeployTemplates",
  pluralKey: "deploy_templates",
  idField: "uuid",
  markerField: "uuid",
  listQuery: { detail: "True" },
  schema: DeployTemplate,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  filters: { ...ironicSort, limit: v.number() },
  required: ["name", "steps"],
  readOnly: ["uuid", "created_at", "updated_at", "links"],
  jsonPatch: JSON_PATCH,
  maxMicroversion: IRONIC_MAX,
  actions: { patchDeployTemplate: patchAction("deploy_templates/{deploy_template}", "uuid", DeployTemplate) },
});
export type DeployTemplate = Item<typeof deployTemplates>;
