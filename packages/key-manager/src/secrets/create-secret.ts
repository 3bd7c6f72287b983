import { clientFor, InvalidArgumentError, type SessionOrClient } from "@openstack-ts/core";
import { keyManagerService } from "../descriptor.js";
import { encodePayload, type PayloadInput } from "../payloads/payload-input.js";
import { withoutPayloads } from "../payloads/scrub.js";
import { idOfRef } from "../refs/ref.js";
import { type Secret, secrets } from "./secret.js";

/** What `createSecret` takes: the secret's metadata, and optionally its payload. */
export interface SecretCreate {
  name?: string;
  /** Text is stored as given; bytes (and a SecretPayload) are sent base64-encoded. Absent: store it later with `updateSecret`. */
  payload?: PayloadInput;
  /** With a payload: `text/plain` for text, `application/octet-stream` for bytes, unless given. */
  payload_content_type?: string;
  /** `base64` for text that is already base64; set by the SDK for bytes. */
  payload_content_encoding?: string;
  /** `opaque` (Barbican's default), `symmetric`, `public`, `private`, `passphrase`, `certificate`. */
  secret_type?: string;
  algorithm?: string;
  bit_length?: number;
  mode?: string;
  /** ISO 8601, UTC: the secret is unusable after it. */
  expiration?: string;
}

const FIELDS = new Set<string>([
  "name",
  "payload",
  "payload_content_type",
  "payload_content_encoding",
  "secret_type",
  "algorithm",
  "bit_length",
  "mode",
  "expiration",
]);

/**
 * Stores a secret (`POST /v1/secrets`), with its payload or without one, and returns it as
 * Barbican then describes it (one GET of the new secret: the POST answers only its ref).
 * The payload is in the request body only: never in a log line, and any error quoting it
 * has it redacted.
 */
export async function createSecret(
  target: SessionOrClient,
  secret: SecretCreate,
  options: { signal?: AbortSignal } = {},
): Promise<Secret> {
  const what = "createSecret";
  if (typeof secret !== "object" || secret === null)
    throw new InvalidArgumentError(`${what} takes an object of fields`);
  const unknown = Object.keys(secret).filter((key) => !FIELDS.has(key));
  if (unknown.length > 0)
    throw new InvalidArgumentError(`${what}: unknown field(s) ${unknown.join(", ")}; known: ${[...FIELDS].join(", ")}`);
  const { payload, payload_content_type, payload_content_encoding, ...metadata } = secret;
  const body: Record<string, unknown> = { ...metadata };
  const sent: string[] = [];
  if (payload !== undefined) {
    const encoded = encodePayload(what, payload, payload_content_type, payload_content_encoding);
    Object.assign(body, encoded);
    sent.push(encoded.payload);
    if (typeof payload === "string") sent.push(payload);
  } else if (payload_content_type !== undefined || payload_content_encoding !== undefined) {
    throw new InvalidArgumentError(
      `${what}: payload_content_type and payload_content_encoding describe a payload, and none was given`,
    );
  }
  const { signal } = options;
  const client = clientFor(target, keyManagerService);
  const created = await withoutPayloads(sent, () =>
    client.post("secrets", { json: body, signal }).json<{ secret_ref?: unknown }>(),
  );
  const id = idOfRef("secrets", created?.secret_ref, `${what}: the answer's secret_ref`);
  return secrets.get(client, id, { signal });
}
