import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { nullableString, optionalString } from "../common.js";
import { computeService } from "../descriptor.js";

/** A port plugged into a server (Nova's os-interface), named by its port id. */
export const ServerInterface = v.looseObject({
  port_id: v.string(),
  net_id: v.string(),
  mac_addr: v.string(),
  port_state: v.string(),
  // Answers always carry subnet_id; a create names only ip_address.
  fixed_ips: v.array(v.looseObject({ ip_address: v.string(), subnet_id: optionalString })),
  tag: nullableString, // 2.70 (set on create from 2.49)
});

/**
 * The interfaces of one server (`server`: an id or the server). Create with `port_id`
 * (an existing port) or `net_id` (Nova makes a port), optionally `fixed_ips`; delete
 * unplugs the port (and deletes it when Nova made it).
 */
export const serverInterfaces = defineResource({
  service: computeService,
  path: "servers/{server}/os-interface",
  singular: "ServerInterface",
  plural: "ServerInterfaces",
  key: "interfaceAttachment",
  pluralKey: "interfaceAttachments",
  idField: "port_id",
  schema: ServerInterface,
  verbs: ["list", "get", "create", "delete"],
  readOnly: ["mac_addr", "port_state"],
  pagination: "none",
  maxMicroversion: "2.70",
});

/** A ServerInterface as the API returns it (its declared fields; extra fields pass through at run time). */
export type ServerInterface = Item<typeof serverInterfaces>;
