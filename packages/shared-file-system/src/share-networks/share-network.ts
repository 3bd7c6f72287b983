import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { sharedFileSystemService } from "../descriptor.js";
import { MANILA_MAX, manilaSort, maybeBoolean, maybeString, resetStatusAction, timestamps } from "../shared.js";
import { ShareNetworkSubnet } from "./share-network-subnet.js";

/** A share network, fields as the reference names them (the subnet fields it had before 2.51 pass through). */
export const ShareNetwork = v.looseObject({
  id: v.string(),
  name: maybeString,
  description: maybeString,
  project_id: v.optional(v.string()),
  /** 2.63: active, error, network_change. */
  status: maybeString,
  security_service_update_support: maybeBoolean,
  network_allocation_update_support: maybeBoolean,
  /** 2.51. */
  share_network_subnets: v.optional(v.array(ShareNetworkSubnet)),
  ...timestamps,
});

const ACTION = "share-networks/{share_network}/action";
const securityService = (a: { security_service_id: string | { id: string } }) => ({
  security_service_id: typeof a.security_service_id === "string" ? a.security_service_id : a.security_service_id.id,
});

/**
 * Share networks: where shares of a driver that makes share servers are exported (a Neutron
 * network and subnet, now in its subnets). A create may name `neutron_net_id` and
 * `neutron_subnet_id` (its default subnet) and an `availability_zone`.
 */
export const shareNetworks = defineResource({
  service: sharedFileSystemService,
  path: "share-networks",
  listPath: "share-networks/detail",
  singular: "ShareNetwork",
  plural: "ShareNetworks",
  key: "share_network",
  pluralKey: "share_networks",
  schema: ShareNetwork,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  query: ["name", "description", "project_id"],
  filters: {
    ...manilaSort,
    neutron_net_id: v.string(),
    neutron_subnet_id: v.string(),
    security_service_id: v.string(),
    "name~": v.string(),
    "description~": v.string(),
    all_tenants: v.picklist(["0", "1"]),
  },
  readOnly: [
    "id",
    "project_id",
    "status",
    "security_service_update_support",
    "network_allocation_update_support",
    "share_network_subnets",
    "created_at",
    "updated_at",
  ],
  pagination: "offset",
  maxMicroversion: MANILA_MAX,
  actions: {
    addShareNetworkSecurityService: {
      method: "POST",
      path: ACTION,
      body: (a: { security_service_id: string | { id: string } }) => ({ add_security_service: securityService(a) }),
      returns: "json",
      resultKey: "share_network",
      schema: ShareNetwork,
      maxMicroversion: MANILA_MAX,
    },
    removeShareNetworkSecurityService: {
      method: "POST",
      path: ACTION,
      body: (a: { security_service_id: string | { id: string } }) => ({ remove_security_service: securityService(a) }),
      returns: "json",
      resultKey: "share_network",
      schema: ShareNetwork,
      maxMicroversion: MANILA_MAX,
    },
    /** Sets the state Manila records (admin; 2.63). */
    resetShareNetworkStatus: { ...resetStatusAction(ACTION), requires: "2.63" },
  },
});
export type ShareNetwork = Item<typeof shareNetworks>;
