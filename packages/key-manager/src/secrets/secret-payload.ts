import { clientFor, fillPath, type Ref, type SessionOrClient } from "@openstack-ts/core";
import { keyManagerService } from "../descriptor.js";
import { bytesOf, type PayloadInput } from "../payloads/payload-input.js";
import { SecretPayload } from "../payloads/secret-payload.js";
import { withoutPayloads } from "../payloads/scrub.js";
import { idOfRef } from "../refs/ref.js";
import { secrets } from "./secret.js";

type SecretRef = Ref | { readonly secret_ref: string };

export interface GetSecretPayloadOptions {
  signal?: AbortSignal;
  /** The media type to ask for; default: the secret's own (`content_types.default`, read first unless the secret given carries it). */
  contentType?: string;
}

/**
 * A secret's payload (`GET /v1/secrets/{id}/payload`), decoded: the bytes Barbican stored,
 * whatever encoding carried them in. Wrapped in a SecretPayload, which never shows them
 * unless asked (`text()`, `bytes()`).
 */
export async function getSecretPayload(
  target: SessionOrClient,
  secret: SecretRef | string,
  options: GetSecretPayloadOptions = {},
): Promise<SecretPayload> {
  const { signal } = options;
  const id = idOfRef("secrets", secret, "getSecretPayload: secret");
  const client = clientFor(target, keyManagerService);
  const contentType = options.contentType ?? (await storedContentType(client, secret, id, signal));
  const response = await client.get(fillPath("secrets/{id}/payload", { id }), {
    headers: { Accept: contentType },
    signal,
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return new SecretPayload(bytes, response.headers.get("content-type")?.split(";")[0]?.trim() || contentType);
}

async function storedContentType(
  client: ReturnType<typeof clientFor>,
  secret: unknown,
  id: string,
  signal: AbortSignal | undefined,
): Promise<string> {
  const given = (secret as { content_types?: { default?: unknown } } | null)?.content_types?.default;
  if (typeof given === "string") return given;
  const current = await secrets.get(client, id, { signal });
  // A secret without a payload has no content types; Barbican then answers 404 whatever is asked.
  return current.content_types?.["default"] ?? "application/octet-stream";
}

export interface UpdateSecretOptions {
  signal?: AbortSignal;
  /** Default: `text/plain` for text, `application/octet-stream` for bytes (a SecretPayload: its own). */
  payload_content_type?: string;
  /** `base64` for text that is already base64. Bytes are sent as they are. */
  payload_content_encoding?: string;
}

/**
 * Stores the payload of a secret created without one (`PUT /v1/secrets/{id}`): text as
 * given, bytes as raw bytes. Barbican refuses a secret that already has a payload (409).
 */
export async function updateSecret(
  target: SessionOrClient,
  secret: SecretRef | string,
  payload: PayloadInput,
  options: UpdateSecretOptions = {},
): Promise<void> {
  const { signal, payload_content_encoding: encoding } = options;
  const id = idOfRef("secrets", secret, "updateSecret: secret");
  const text = typeof payload === "string";
  const body = text ? payload : bytesOf("updateSecret", payload).slice().buffer;
  const contentType =
    options.payload_content_type ??
    (payload instanceof SecretPayload ? payload.contentType : text ? "text/plain" : "application/octet-stream");
  const headers: Record<string, string> = { "Content-Type": contentType };
  if (encoding !== undefined) headers["Content-Encoding"] = encoding;
  const client = clientFor(target, keyManagerService);
  await withoutPayloads(text ? [payload] : [], () =>
    client.put(fillPath("secrets/{id}", { id }), { body, headers, signal }),
  );
}
