import { ApiError } from "../engine/api-error.js";
import type { Row } from "../engine/types.js";
import { invalid } from "./barbican.js";

/** Media types whose payload is text: Barbican stores them as given and serves them as UTF-8. */
const isText = (type: string) => type.split(";")[0]!.trim().toLowerCase() === "text/plain";

/** The bare media type, as `content_types.default` shows it (`text/plain`, not `text/plain; charset=utf-8`). */
export const mediaType = (type: string): string => type.split(";")[0]!.trim().toLowerCase();

function base64Bytes(text: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text.replace(/\s+/g, ""))) throw new ApiError(400, "Problem decoding payload");
  return Uint8Array.from(atob(text.replace(/\s+/g, "")), (c) => c.charCodeAt(0));
}

/**
 * The bytes a create body's payload stands for: text as UTF-8, or base64 decoded. Barbican
 * needs the content type with a payload, and base64 only for a binary one.
 */
export function payloadOfBody(input: Row): { bytes: Uint8Array; type: string } | undefined {
  const { payload, payload_content_type: type, payload_content_encoding: encoding } = input;
  if (payload === undefined || payload === null || payload === "") {
    if (type !== undefined)
      throw invalid("Secret", "payload", "If 'payload_content_type' is supplied, 'payload' must also be supplied");
    return undefined;
  }
  if (typeof payload !== "string") throw invalid("Secret", "payload", "payload is not of type 'string'");
  if (typeof type !== "string")
    throw invalid(
      "Secret",
      "payload_content_type",
      "If 'payload' is supplied, 'payload_content_type' must also be supplied.",
    );
  if (encoding !== undefined && (encoding !== "base64" || isText(type)))
    throw invalid(
      "Secret",
      "payload_content_encoding",
      `payload_content_encoding is not one of ${isText(type) ? "None" : "['base64']"}`,
    );
  if (!isText(type) && encoding !== "base64")
    throw invalid("Secret", "payload_content_encoding", "payload_content_encoding must be base64 for a binary payload");
  return {
    bytes: encoding === "base64" ? base64Bytes(payload) : new TextEncoder().encode(payload),
    type: mediaType(type),
  };
}

/** The bytes of a `PUT /v1/secrets/{id}` body: raw, or base64 when its Content-Encoding says so. */
export function payloadOfUpload(raw: Uint8Array, encoding: string | null): Uint8Array {
  if (encoding === null || encoding === "") return raw;
  if (encoding.toLowerCase() !== "base64") throw new ApiError(400, `Content-Encoding ${encoding} is not supported.`);
  return base64Bytes(new TextDecoder().decode(raw));
}

/**
 * What `GET …/payload` answers for the Accept asked: a text payload as text/plain or raw
 * octets; a binary one only as octets (text/plain is a 406, as Barbican answers).
 */
export function servedAs(stored: string, accept: string | null): string {
  const wanted = (accept ?? "")
    .split(",")
    .map(mediaType)
    .filter((type) => type !== "" && type !== "*/*");
  if (wanted.length === 0) return stored;
  if (wanted.includes(stored)) return stored;
  if (isText(stored) && wanted.includes("application/octet-stream")) return "application/octet-stream";
  throw new ApiError(406, "Secret payload retrieval issue seen - Wrong payload content-type.");
}
