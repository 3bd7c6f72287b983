import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { sharedFileSystemService } from "../descriptor.js";
import { MANILA_MAX, manilaSort, maybeString, timestamps } from "../shared.js";

/** A security service (the directory a share server joins), fields as the reference names them. */
export const SecurityService = v.looseObject({
  id: v.string(),
  /** ldap, kerberos or active_directory. */
  type: v.string(),
  name: maybeString,
  description: maybeString,
  status: maybeString,
  project_id: v.optional(v.string()),
  dns_ip: maybeString,
  server: maybeString,
  domain: maybeString,
  user: maybeString,
  /** The directory user's password, as the API answers it to the project that set it. */
  password: maybeString,
  /** 2.44. */
  ou: maybeString,
  /** 2.76. */
  default_ad_site: maybeString,
  share_networks: v.optional(v.array(v.string())),
  ...timestamps,
});

/** Security services: attached to share networks, used by drivers that make share servers. */
export const securityServices = defineResource({
  service: sharedFileSystemService,
  path: "security-services",
  listPath: "security-services/detail",
  singular: "SecurityService",
  plural: "SecurityServices",
  key: "security_service",
  pluralKey: "security_services",
  schema: SecurityService,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  query: ["name", "description", "type", "status", "dns_ip", "server", "domain", "user", "ou"],
  filters: { ...manilaSort, share_network_id: v.string(), all_tenants: v.picklist(["0", "1"]) },
  required: ["type"],
  readOnly: ["id", "status", "project_id", "share_networks", "created_at", "updated_at"],
  createOnly: ["type"],
  pagination: "offset",
  maxMicroversion: MANILA_MAX,
});
export type SecurityService = Item<typeof securityServices>;
