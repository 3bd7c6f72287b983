import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { sharedFileSystemService } from "../descriptor.js";
import { MANILA_MAX, maybeBoolean, maybeString, resetStatusAction, timestamps } from "../shared.js";

/** A share server (admin): what a driver that handles share servers made for a share network. */
export const ShareServer = v.looseObject({
  id: v.string(),
  status: v.string(),
  host: maybeString,
  project_id: v.optional(v.string()),
  share_network_id: maybeString,
  share_network_name: maybeString,
  share_network_subnet_id: maybeString,
  backend_details: v.optional(v.record(v.string(), v.unknown())),
  is_auto_deletable: maybeBoolean,
  identifier: maybeString,
  security_service_update_support: maybeBoolean,
  ...timestamps,
});

/** Share servers (admin). A backend with driver_handles_share_servers = False makes none. */
export const shareServers = defineResource({
  service: sharedFileSystemService,
  path: "share-servers",
  singular: "ShareServer",
  plural: "ShareServers",
  key: "share_server",
  pluralKey: "share_servers",
  schema: ShareServer,
  verbs: ["list", "get", "delete", "waitFor"],
  query: ["host", "status", "share_network_id", "project_id"],
  filters: { share_network: v.string(), source_share_server_id: v.string() },
  pagination: "none",
  maxMicroversion: MANILA_MAX,
  status: { failures: ["error", "error_deleting"] },
  actions: {
    resetShareServerStatus: resetStatusAction("share-servers/{share_server}/action"),
    getShareServerDetails: {
      method: "GET",
      path: "share-servers/{share_server}/details",
      returns: "json",
      resultKey: "details",
      schema: v.record(v.string(), v.unknown()),
      maxMicroversion: MANILA_MAX,
    },
  },
});
export type ShareServer = Item<typeof shareServers>;
