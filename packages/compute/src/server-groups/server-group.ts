import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { optionalString } from "../common.js";
import { computeService } from "../descriptor.js";

/** The placement policies a server group can have. */
export const serverGroupPolicies = ["affinity", "anti-affinity", "soft-affinity", "soft-anti-affinity"] as const;

/**
 * A server group: servers placed by one policy. Up to 2.63 the policy is a one-item
 * `policies` list (with an unused `metadata`); from 2.64 it is `policy`, with `rules`
 * (`max_server_per_host` for anti-affinity).
 */
export const ServerGroup = v.looseObject({
  id: v.string(),
  name: v.string(),
  members: v.array(v.string()),
  policy: v.optional(v.picklist(serverGroupPolicies)), // 2.64
  rules: v.optional(v.looseObject({ max_server_per_host: v.optional(v.number()) })), // 2.64
  policies: v.optional(v.array(v.picklist(serverGroupPolicies))), // before 2.64
  metadata: v.optional(v.record(v.string(), v.string())), // before 2.64
  project_id: optionalString, // 2.13
  user_id: optionalString, // 2.13
});

/**
 * Server groups. A new server joins one through the `group` scheduler hint. Nova pages
 * them by offset, which lists do not follow: leave `limit` out to get them all.
 * `all_projects` (admins) lists every project's.
 */
export const serverGroups = defineResource({
  service: computeService,
  path: "os-server-groups",
  singular: "ServerGroup",
  plural: "ServerGroups",
  key: "server_group",
  pluralKey: "server_groups",
  schema: ServerGroup,
  verbs: ["list", "get", "find", "create", "delete"],
  filters: { all_projects: v.boolean() },
  required: ["name"],
  readOnly: ["id", "members", "project_id", "user_id", "metadata"],
  pagination: "none",
  maxMicroversion: "2.64",
});

/** A ServerGroup as the API returns it (its declared fields; extra fields pass through at run time). */
export type ServerGroup = Item<typeof serverGroups>;
