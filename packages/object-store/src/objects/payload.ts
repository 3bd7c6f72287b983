import { InvalidArgumentError } from "@openstack-ts/core";

/** What an object can be uploaded from. A string is sent as UTF-8. */
export type ObjectData = string | Uint8Array | ArrayBuffer | ArrayBufferView | Blob | ReadableStream<Uint8Array>;

/** Upload data sorted by how it can be read: all at hand, a Blob (read lazily, sliceable), or a stream (read once). */
export type Payload =
  | { kind: "bytes"; bytes: Uint8Array; size: number }
  | { kind: "blob"; blob: Blob; size: number }
  | { kind: "stream"; stream: ReadableStream<Uint8Array>; size: undefined };

export function payloadOf(data: ObjectData, what: string): Payload {
  if (typeof data === "string") {
    const bytes = new TextEncoder().encode(data);
    return { kind: "bytes", bytes, size: bytes.byteLength };
  }
  if (data instanceof Uint8Array) return { kind: "bytes", bytes: data, size: data.byteLength };
  if (data instanceof ArrayBuffer) return { kind: "bytes", bytes: new Uint8Array(data), size: data.byteLength };
  if (ArrayBuffer.isView(data))
    return {
      kind: "bytes",
      bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      size: data.byteLength,
    };
  if (typeof Blob !== "undefined" && data instanceof Blob) return { kind: "blob", blob: data, size: data.size };
  if (typeof ReadableStream !== "undefined" && data instanceof ReadableStream)
    return { kind: "stream", stream: data, size: undefined };
  throw new InvalidArgumentError(
    `${what} takes a string, bytes (Uint8Array, ArrayBuffer), a Blob or a ReadableStream, got ${data === null ? "null" : typeof data}`,
  );
}

/** The payload as a request body. */
export function bodyOf(payload: Payload): BodyInit {
  if (payload.kind === "bytes") return payload.bytes as Uint8Array<ArrayBuffer>;
  return payload.kind === "blob" ? payload.blob : payload.stream;
}

/**
 * Request options that turn the session's retries off for one request. A streamed body can
 * be read once: to retry it, ky would keep a copy (a `tee`) of every byte in memory. Core's
 * request options do not name `retry`, but pass it on to ky.
 */
export const noRetries = { retry: 0 } as {};
