import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { keyManagerService } from "../descriptor.js";
import { acceptingRefs } from "../refs/accepting-refs.js";
import { refItem } from "../refs/ref-item.js";
import { OptionalText, pageFilters, Timestamp } from "../shared.js";

/** A service's resource that uses a secret (microversion 1.1), by service, type and id. */
export const SecretConsumer = v.looseObject({
  service: v.string(),
  resource_type: v.string(),
  resource_id: v.string(),
  created: v.optional(Timestamp),
  updated: v.optional(Timestamp),
  status: v.optional(v.string()),
});
export type SecretConsumer = v.InferOutput<typeof SecretConsumer>;

/**
 * A secret's metadata (never its payload: see `getSecretPayload`). `id` is derived from
 * `secret_ref`. `content_types` is `{default: <type>}` once a payload is stored.
 */
export const Secret = refItem("secrets", {
  secret_ref: v.string(),
  name: OptionalText,
  status: v.string(),
  secret_type: v.string(),
  algorithm: OptionalText,
  bit_length: v.nullish(v.number()),
  mode: OptionalText,
  expiration: v.nullish(Timestamp),
  content_types: v.optional(v.record(v.string(), v.string())),
  creator_id: v.optional(v.string()),
  created: Timestamp,
  updated: Timestamp,
  consumers: v.optional(v.array(SecretConsumer)),
});

export const secrets = acceptingRefs(
  defineResource({
    service: keyManagerService,
    path: "secrets",
    singular: "Secret",
    // Barbican's next links carry only limit and offset.
    nextLinksDropFilters: true,
    plural: "Secrets",
    pluralKey: "secrets",
    schema: Secret,
    verbs: ["list", "get", "find", "delete"],
    query: ["name", "mode", "secret_type", "created", "updated", "expiration"],
    filters: {
      ...pageFilters,
      /** Algorithm (`algorithm`), as a filter. */
      alg: v.string(),
      /** Bit length (`bit_length`), as a filter. */
      bits: v.number(),
      /** Only secrets whose ACL names the caller, whatever their project. */
      acl_only: v.boolean(),
      /** Comma-separated sort keys, each with `:asc` or `:desc`. */
      sort: v.string(),
    },
    readOnly: ["id", "secret_ref", "status", "content_types", "creator_id", "created", "updated", "consumers"],
    status: { failures: ["ERROR"] },
  }),
  "secrets",
);
export type Secret = Item<typeof secrets>;
