import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { createInList } from "../create-in-list.js";
import { withVerbs } from "../custom-verbs.js";
import { identityService } from "../descriptor.js";

const optionalString = v.optional(v.nullable(v.string()));

/** A unified limit: one project's (or domain's) limit of one registered resource. */
export const Limit = v.looseObject({
  id: v.string(),
  // Exactly one of project_id and domain_id is set.
  project_id: optionalString,
  domain_id: optionalString,
  service_id: v.string(),
  region_id: optionalString,
  resource_name: v.string(),
  // -1 means unlimited.
  resource_limit: v.number(),
  description: optionalString,
  links: v.optional(v.looseObject({ self: v.optional(v.string()) })),
});

/** One limit for `createLimits`: every field a limit has except what Keystone assigns. */
export type LimitCreate = Omit<v.InferOutput<typeof Limit>, "id" | "links">;

const declared = defineResource({
  service: identityService,
  path: "limits",
  singular: "Limit",
  plural: "Limits",
  key: "limit",
  pluralKey: "limits",
  schema: Limit,
  verbs: ["list", "get", "create", "update", "delete"],
  query: ["service_id", "region_id", "resource_name", "project_id", "domain_id"],
  // And project_id or domain_id; a registered limit of the same resource must exist.
  required: ["service_id", "resource_name", "resource_limit"],
  readOnly: ["id", "links"],
  // Keystone changes only the value and the description of a limit.
  createOnly: ["project_id", "domain_id", "service_id", "region_id", "resource_name"],
  updateMethod: "PATCH",
  actions: {
    /** Creates many limits in one request, all or none; answers `{"limits": [...]}`. */
    createLimits: {
      method: "POST",
      path: "limits",
      body: ({ limits }: { limits: readonly LimitCreate[] }) => ({ limits }),
      returns: "json",
    },
    /** The enforcement model of the cloud: `{"model": {"name": "flat" | "strict-two-level", "description"}}`. */
    getLimitModel: { method: "GET", path: "limits/model", returns: "json" },
  },
});

/**
 * Unified limits. Keystone creates limits in lists only: `createLimit` sends a list of one
 * and returns the one created; `createLimits` sends many at once.
 */
export const limits = withVerbs(declared, { create: createInList(declared) });

/** A Limit as the API returns it (its declared fields; extra fields pass through at run time). */
export type Limit = Item<typeof limits>;
