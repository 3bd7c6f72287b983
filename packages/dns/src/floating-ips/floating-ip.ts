import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { dnsService } from "../descriptor.js";
import { FAILED, itemLinks, maybeString } from "../shared.js";

/**
 * The PTR record of a Neutron floating IP. Its id is `<region>:<floating IP id>`
 * (`RegionOne:c5742ac0-…`), as Designate names it.
 */
export const FloatingIp = v.looseObject({
  id: v.string(),
  /** The name the address points back to; null: no PTR record. */
  ptrdname: v.nullable(v.string()),
  address: v.string(),
  description: maybeString,
  ttl: v.optional(v.nullable(v.number())),
  status: v.optional(v.string()),
  action: v.optional(v.string()),
  links: itemLinks,
});

/**
 * Floating IP PTR records (`/v2/reverse/floatingips`): Designate lists the project's floating
 * IPs from Neutron, with the PTR record each has. `updateFloatingIp` sets one
 * (`ptrdname`, `description`, `ttl`), `unsetFloatingIp` removes it.
 */
export const floatingIps = defineResource({
  service: dnsService,
  path: "reverse/floatingips",
  singular: "FloatingIp",
  plural: "FloatingIps",
  pluralKey: "floatingips",
  nameField: "address",
  schema: FloatingIp,
  verbs: ["list", "get", "find", "update", "waitFor"],
  readOnly: ["id", "address", "status", "action", "links"],
  updateMethod: "PATCH",
  status: { failures: FAILED },
  actions: {
    unsetFloatingIp: {
      method: "PATCH",
      path: "reverse/floatingips/{floating_ip}",
      body: () => ({ ptrdname: null }),
    },
  },
});
export type FloatingIp = Item<typeof floatingIps>;
