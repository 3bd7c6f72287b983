import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { keyManagerService } from "../descriptor.js";
import { acceptingRefs } from "../refs/accepting-refs.js";
import { refItem } from "../refs/ref-item.js";
import { pageFilters, Timestamp } from "../shared.js";

/**
 * What an order asks Barbican to make: `name`, `algorithm`, `bit_length`, `mode`,
 * `payload_content_type`, `expiration`; for `asymmetric`, a `pass_phrase` too. Barbican
 * answers it back with the pass phrase left out.
 */
export const OrderMeta = v.looseObject({
  name: v.nullish(v.string()),
  algorithm: v.nullish(v.string()),
  bit_length: v.nullish(v.number()),
  mode: v.nullish(v.string()),
  payload_content_type: v.nullish(v.string()),
  expiration: v.nullish(v.string()),
});

/**
 * An order: a request that Barbican's worker fulfils, `PENDING` then `ACTIVE` (or `ERROR`,
 * with `error_status_code` and `error_reason`). A `key` order ends with `secret_ref`, an
 * `asymmetric` one with `container_ref`. `id` is derived from `order_ref`.
 */
export const Order = refItem("orders", {
  order_ref: v.string(),
  type: v.string(),
  status: v.string(),
  meta: OrderMeta,
  secret_ref: v.optional(v.string()),
  container_ref: v.optional(v.string()),
  sub_status: v.optional(v.string()),
  sub_status_message: v.optional(v.string()),
  error_status_code: v.optional(v.string()),
  error_reason: v.optional(v.string()),
  creator_id: v.optional(v.string()),
  created: Timestamp,
  updated: Timestamp,
});

export const orders = acceptingRefs(
  defineResource({
    service: keyManagerService,
    path: "orders",
    singular: "Order",
    // Barbican's next links carry only limit and offset.
    nextLinksDropFilters: true,
    plural: "Orders",
    pluralKey: "orders",
    schema: Order,
    verbs: ["list", "get", "delete", "waitFor"],
    filters: pageFilters,
    readOnly: [
      "id",
      "order_ref",
      "status",
      "secret_ref",
      "container_ref",
      "sub_status",
      "sub_status_message",
      "error_status_code",
      "error_reason",
      "creator_id",
      "created",
      "updated",
    ],
    status: { failures: ["ERROR"] },
  }),
  "orders",
);
export type Order = Item<typeof orders>;
