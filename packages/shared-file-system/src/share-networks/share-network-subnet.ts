import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { sharedFileSystemService } from "../descriptor.js";
import { MANILA_MAX, maybeNumber, maybeString, Metadata, timestamps } from "../shared.js";

/** A share network subnet (2.51), fields as the reference names them. */
export const ShareNetworkSubnet = v.looseObject({
  id: v.string(),
  share_network_id: v.optional(v.string()),
  share_network_name: maybeString,
  availability_zone: maybeString,
  neutron_net_id: maybeString,
  neutron_subnet_id: maybeString,
  network_type: maybeString,
  segmentation_id: maybeNumber,
  cidr: maybeString,
  ip_version: maybeNumber,
  gateway: maybeString,
  mtu: maybeNumber,
  /** 2.78. */
  metadata: v.optional(Metadata),
  ...timestamps,
});

/** What createShareNetworkSubnet takes besides the network. */
export interface ShareNetworkSubnetArgs {
  availability_zone?: string;
  neutron_net_id?: string;
  neutron_subnet_id?: string;
  /** 2.78 (newer than Zed). */
  metadata?: Readonly<Record<string, string>>;
}

/** The subnets of a share network (`share_network_id`: its id or the network), one per availability zone at most. */
export const shareNetworkSubnets = defineResource({
  service: sharedFileSystemService,
  path: "share-networks/{share_network_id}/subnets",
  singular: "ShareNetworkSubnet",
  plural: "ShareNetworkSubnets",
  key: "share_network_subnet",
  pluralKey: "share_network_subnets",
  schema: ShareNetworkSubnet,
  verbs: ["list", "get", "delete"],
  readOnly: [
    "id",
    "share_network_name",
    "network_type",
    "segmentation_id",
    "cidr",
    "ip_version",
    "gateway",
    "mtu",
    "created_at",
    "updated_at",
  ],
  pagination: "none",
  maxMicroversion: MANILA_MAX,
  actions: {
    /**
     * Adds a subnet to the share network (`share_network_id`: its id or the network). Manila
     * reads the request under `share-network-subnet` (hyphens) and answers under
     * `share_network_subnet`: not the one envelope a create verb sends and reads.
     */
    createShareNetworkSubnet: {
      method: "POST",
      path: "share-networks/{share_network_id}/subnets",
      body: ({
        share_network_id: _network,
        ...subnet
      }: { share_network_id: string | { id: string } } & ShareNetworkSubnetArgs) => ({
        "share-network-subnet": subnet,
      }),
      returns: "json",
      resultKey: "share_network_subnet",
      schema: ShareNetworkSubnet,
      maxMicroversion: MANILA_MAX,
    },
  },
});
export type ShareNetworkSubnet = Item<typeof shareNetworkSubnets>;
