import { defineResource } from "@openstack-ts/core";
import * as v from "valibot";
import { orchestrationService } from "../descriptor.js";

/** A resource type's name and description, as the list gives them `with_description`. */
export const ResourceTypeSummary = v.looseObject({ resource_type: v.string(), description: v.string() });

/** A resource type's schema: its properties, attributes and support status. */
export const ResourceTypeSchema = v.looseObject({
  resource_type: v.string(),
  properties: v.record(v.string(), v.unknown()),
  attributes: v.record(v.string(), v.unknown()),
  support_status: v.optional(v.record(v.string(), v.unknown())),
  description: v.optional(v.string()),
});

const ANY_OBJECT = v.record(v.string(), v.unknown());

/**
 * The resource types the engine offers. Their list is bare names (or, `with_description`,
 * names and descriptions), not items with ids: every call here is an action.
 */
export const resourceTypes = defineResource({
  service: orchestrationService,
  path: "resource_types",
  singular: "ResourceType",
  plural: "ResourceTypes",
  idField: "resource_type",
  schema: ResourceTypeSchema,
  verbs: [],
  actions: {
    listResourceTypes: {
      method: "GET",
      path: "resource_types",
      query: (a: {
        name?: string;
        version?: string;
        support_status?: "UNKNOWN" | "SUPPORTED" | "DEPRECATED" | "UNSUPPORTED" | "HIDDEN";
        with_description?: boolean;
      }) => ({ ...a }),
      returns: "json",
      resultKey: "resource_types",
      schema: v.array(v.union([v.string(), ResourceTypeSummary])),
    },
    getResourceTypeSchema: {
      method: "GET",
      path: "resource_types/{type_name}",
      idField: "resource_type",
      query: (a: { with_description?: boolean }) => ({ with_description: a.with_description }),
      returns: "json",
      schema: ResourceTypeSchema,
    },
    /** A template that makes one resource of the type, its properties as parameters (`template_type`: cfn, hot). */
    getResourceTypeTemplate: {
      method: "GET",
      path: "resource_types/{type_name}/template",
      idField: "resource_type",
      query: (a: { template_type?: "cfn" | "hot" }) => ({ template_type: a.template_type }),
      returns: "json",
      schema: ANY_OBJECT,
    },
  },
});
