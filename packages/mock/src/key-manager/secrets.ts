import type { CollectionSpec } from "../engine/collection.js";
import { uuid } from "../engine/ids.js";
import type { Row } from "../engine/types.js";
import { barbicanTime, invalid, notFound, refOf } from "./barbican.js";
import { payloadOfBody } from "./payloads.js";

const SECRET_TYPES = ["symmetric", "public", "private", "passphrase", "certificate", "opaque"];

/**
 * Barbican's secrets: metadata shown everywhere, the payload only through
 * `GET …/payload` (payload-routes.ts). The create answers only the `secret_ref` (and a
 * Location); the payload bytes are kept in hidden fields no answer shows.
 */
export const secrets: CollectionSpec = {
  state: "secrets",
  path: "v1/secrets",
  pluralKey: "secrets",
  verbs: ["list", "get", "create", "delete"],
  paging: "barbican",
  // Barbican ignores query parameters it does not know.
  unknownFilters: "ignore",
  filters: {
    name: "exact",
    mode: "exact",
    secret_type: "exact",
    alg: { field: "algorithm" },
    bits: { field: "bit_length" },
  },
  access: { owner: ["project_id"], admin: "all_tenants" },
  notFound: notFound("Secret"),
  hidden: ["project_id", "payload", "payload_type"],
  consumes: ["payload", "payload_content_type", "payload_content_encoding"],
  build: (input, ctx) => {
    const payload = payloadOfBody(input);
    const type = input["secret_type"] ?? "opaque";
    if (!SECRET_TYPES.includes(String(type)))
      throw invalid("Secret", "secret_type", `secret_type is not one of ${JSON.stringify(SECRET_TYPES)}`);
    if (input["bit_length"] !== undefined && input["bit_length"] !== null && !Number.isInteger(input["bit_length"]))
      throw invalid("Secret", "bit_length", `${String(input["bit_length"])} is not of type 'integer'`);
    const id = uuid();
    const now = barbicanTime(ctx.cloud.now());
    return {
      id,
      created: now,
      updated: now,
      status: "ACTIVE",
      name: input["name"] ?? null,
      secret_type: type,
      expiration: input["expiration"] ?? null,
      algorithm: input["algorithm"] ?? null,
      bit_length: input["bit_length"] ?? null,
      mode: input["mode"] ?? null,
      creator_id: ctx.auth?.userId,
      project_id: input["project_id"],
      payload: payload?.bytes,
      payload_type: payload?.type,
    };
  },
  view: (secret, ctx) => {
    const { id, project_id: _project, payload: _payload, payload_type: type, ...shown } = secret;
    return {
      ...shown,
      ...(type !== undefined && { content_types: { default: type } }),
      secret_ref: refOf(ctx, "secrets", id),
    };
  },
  createdView: (secret, ctx) => ({ secret_ref: refOf(ctx, "secrets", secret.id) }),
  createHeaders: (secret, ctx) => ({ Location: refOf(ctx, "secrets", secret.id) }),
};

/** A secret's stored payload, or undefined while it has none. */
export const payloadOf = (secret: Row): { bytes: Uint8Array; type: string } | undefined =>
  secret["payload"] instanceof Uint8Array
    ? { bytes: secret["payload"], type: String(secret["payload_type"]) }
    : undefined;
