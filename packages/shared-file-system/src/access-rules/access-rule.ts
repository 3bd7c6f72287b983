import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { sharedFileSystemService } from "../descriptor.js";
import { MANILA_MAX, maybeString, Metadata, timestamps } from "../shared.js";

/** An access rule of a share, fields as the reference names them. */
export const AccessRule = v.looseObject({
  id: v.string(),
  share_id: v.optional(v.string()),
  /** ip, cert, user, cephx. */
  access_type: v.string(),
  access_to: v.string(),
  /** rw or ro. */
  access_level: v.string(),
  /** queued_to_apply, applying, active, error, queued_to_deny, denying. */
  state: v.string(),
  /** cephx's key, once the backend made one. */
  access_key: maybeString,
  metadata: v.optional(Metadata),
  ...timestamps,
});

/** What createAccessRule takes besides the share. */
export interface AccessRuleArgs {
  access_type: "ip" | "cert" | "user" | "cephx";
  access_to: string;
  access_level?: "rw" | "ro";
  /** 2.45. */
  metadata?: Readonly<Record<string, string>>;
}

const SHARE_ACTION = "shares/{share_id}/action";

/**
 * Access rules (2.45 and later for the list, show and metadata calls). A rule is granted
 * through its share (`createAccessRule({ share_id, access_type, access_to })`) and applied by
 * the share service: `waitForAccessRule(rule, { status: "active" })` follows its `state`;
 * `error` ends the wait. `listAccessRules({ share_id })`: a share's rules (Manila requires the
 * share). `deleteAccessRule({ share_id, access_id })` revokes it.
 */
export const accessRules = defineResource({
  service: sharedFileSystemService,
  path: "share-access-rules",
  singular: "AccessRule",
  plural: "AccessRules",
  key: "access",
  pluralKey: "access_list",
  schema: AccessRule,
  verbs: ["list", "get", "waitFor"],
  query: ["share_id", "access_type", "access_to", "access_level", "state", "access_key"],
  filters: { metadata: v.string() },
  pagination: "none",
  maxMicroversion: MANILA_MAX,
  status: { field: "state", failures: ["error"] },
  actions: {
    /** Grants access; answers the rule `queued_to_apply`. */
    createAccessRule: {
      method: "POST",
      path: SHARE_ACTION,
      body: ({ share_id: _share, ...rule }: { share_id: string | { id: string } } & AccessRuleArgs) => ({
        allow_access: rule,
      }),
      returns: "json",
      resultKey: "access",
      schema: AccessRule,
      maxMicroversion: MANILA_MAX,
    },
    /** Revokes the rule `access_id` of the share. */
    deleteAccessRule: {
      method: "POST",
      path: SHARE_ACTION,
      body: (a: { access_id: string | { id: string } }) => ({
        deny_access: { access_id: typeof a.access_id === "string" ? a.access_id : a.access_id.id },
      }),
      maxMicroversion: MANILA_MAX,
    },
    /** Adds or changes metadata items of the rule; answers the rule's whole set. */
    updateAccessRuleMetadata: {
      method: "PUT",
      path: "share-access-rules/{access}/metadata",
      body: (a: { metadata: Readonly<Record<string, string>> }) => ({ metadata: a.metadata }),
      returns: "json",
      resultKey: "metadata",
      schema: Metadata,
      maxMicroversion: MANILA_MAX,
    },
    deleteAccessRuleMetadata: {
      method: "DELETE",
      path: "share-access-rules/{access}/metadata/{key}",
      maxMicroversion: MANILA_MAX,
    },
  },
});
export type AccessRule = Item<typeof accessRules>;
