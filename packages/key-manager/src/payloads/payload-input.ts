import { InvalidArgumentError } from "@openstack-ts/core";
import { base64Of, SecretPayload } from "./secret-payload.js";

/** What a payload may be given as: text, bytes, or a payload read from Barbican. */
export type PayloadInput = string | Uint8Array | ArrayBuffer | SecretPayload;

/** A payload ready for Barbican's JSON body: its text, content type and encoding. */
export interface EncodedPayload {
  payload: string;
  payload_content_type: string;
  payload_content_encoding?: string;
}

/**
 * Text goes as it is (`text/plain` unless told, or already base64 with `encoding: "base64"`);
 * bytes go base64-encoded (`application/octet-stream` unless told). Nothing of the payload
 * itself is ever put in an error message.
 */
export function encodePayload(
  what: string,
  payload: PayloadInput,
  contentType: string | undefined,
  encoding: string | undefined,
): EncodedPayload {
  if (typeof payload === "string") {
    const type = contentType ?? (encoding === "base64" ? "application/octet-stream" : "text/plain");
    return {
      payload,
      payload_content_type: type,
      ...(encoding !== undefined && { payload_content_encoding: encoding }),
    };
  }
  const bytes = bytesOf(what, payload);
  if (encoding !== undefined && encoding !== "base64") {
    throw new InvalidArgumentError(
      `${what}: bytes are sent base64-encoded; payload_content_encoding '${encoding}' cannot apply`,
    );
  }
  const type = contentType ?? (payload instanceof SecretPayload ? payload.contentType : "application/octet-stream");
  return { payload: base64Of(bytes), payload_content_type: type, payload_content_encoding: "base64" };
}

/** The bytes of a non-text payload; anything else is refused by its kind, never its content. */
export function bytesOf(what: string, payload: unknown): Uint8Array {
  if (payload instanceof SecretPayload) return payload.bytes();
  if (payload instanceof Uint8Array) return payload;
  if (payload instanceof ArrayBuffer) return new Uint8Array(payload);
  const kind = payload === null ? "null" : Array.isArray(payload) ? "an array" : typeof payload;
  throw new InvalidArgumentError(
    `${what}: a payload is text, a Uint8Array, an ArrayBuffer or a SecretPayload, got ${kind}`,
  );
}
