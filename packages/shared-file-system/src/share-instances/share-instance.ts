import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { sharedFileSystemService } from "../descriptor.js";
import { bareAction, MANILA_MAX, maybeBoolean, maybeString, resetStatusAction, timestamps } from "../shared.js";

/** A share instance (admin): one copy of a share on a backend (a replica is one too). */
export const ShareInstance = v.looseObject({
  id: v.string(),
  share_id: v.string(),
  status: v.string(),
  progress: maybeString,
  availability_zone: maybeString,
  replica_state: maybeString,
  share_network_id: maybeString,
  share_server_id: maybeString,
  host: maybeString,
  access_rules_status: maybeString,
  share_type_id: maybeString,
  cast_rules_to_readonly: maybeBoolean,
  export_location: maybeString,
  export_locations: v.optional(v.array(v.string())),
  ...timestamps,
});

const ACTION = "share_instances/{share_instance}/action";

/** Share instances (admin). `deleteShareInstance` is Manila's force-delete of one instance. */
export const shareInstances = defineResource({
  service: sharedFileSystemService,
  path: "share_instances",
  singular: "ShareInstance",
  plural: "ShareInstances",
  key: "share_instance",
  pluralKey: "share_instances",
  schema: ShareInstance,
  verbs: ["list", "get", "waitFor"],
  filters: { export_location_id: v.string(), export_location_path: v.string() },
  pagination: "none",
  maxMicroversion: MANILA_MAX,
  status: { failures: ["error", "error_deleting"] },
  actions: {
    resetShareInstanceStatus: resetStatusAction(ACTION),
    deleteShareInstance: bareAction(ACTION, "force_delete"),
    /** The instances of one share. */
    listShareInstancesOfShare: {
      method: "GET",
      path: "shares/{share}/instances",
      returns: "json",
      resultKey: "share_instances",
      schema: v.array(ShareInstance),
      maxMicroversion: MANILA_MAX,
    },
  },
});
export type ShareInstance = Item<typeof shareInstances>;
