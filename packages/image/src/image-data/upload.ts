import { clientFor, fillPath, InvalidArgumentError, joinUrl, type Ref, type SessionOrClient } from "@openstack-ts/core";
import { imageService } from "../descriptor.js";
import { countingStream, progressAt, type ProgressCallback } from "./progress.js";
import { canStreamRequests } from "./request-streams.js";

/** Image data to send: a stream (sent as it is read), bytes, or a Blob (a browser's File). */
export type ImageUploadData = ReadableStream<Uint8Array> | Uint8Array | ArrayBuffer | Blob;

export interface UploadImageOptions {
  signal?: AbortSignal | undefined;
  /**
   * Called as a stream's chunks are sent, and once at 100 % when Glance has the data.
   * Bytes and Blobs go to fetch whole (every browser can send those), so they report only
   * that last call: fetch does not tell how far a body it holds has gone.
   */
  onUploadProgress?: ProgressCallback | undefined;
  /** A stream's length in bytes, so progress can give a percentage (bytes and Blobs know theirs). */
  size?: number | undefined;
}

/**
 * Uploads an image's data (`PUT /v2/images/{id}/file`) to an image that is `queued`.
 * A stream is sent as it is read, never held whole in memory; where the runtime cannot send
 * a stream (Firefox, Safari) it is first collected into a Blob, which browsers keep on disk
 * when large. Chromium sends streams only over HTTP/2: against an HTTP/1.1 Glance, give a
 * browser a Blob (the File from an `<input>`).
 */
export function uploadImage(
  target: SessionOrClient,
  image: Ref,
  data: ImageUploadData,
  options: UploadImageOptions = {},
): Promise<void> {
  return putData(target, "images/{image}/file", image, data, options, "uploadImage");
}

/**
 * Stages an image's data (`PUT /v2/images/{id}/stage`) for the `glance-direct` import
 * method: follow it with `importImage({ image, method: "glance-direct" })`. Data as for
 * `uploadImage`.
 */
export function stageImage(
  target: SessionOrClient,
  image: Ref,
  data: ImageUploadData,
  options: UploadImageOptions = {},
): Promise<void> {
  return putData(target, "images/{image}/stage", image, data, options, "stageImage");
}

async function putData(
  target: SessionOrClient,
  path: string,
  image: Ref,
  data: ImageUploadData,
  options: UploadImageOptions,
  what: string,
): Promise<void> {
  const { signal, onUploadProgress } = options;
  const filled = fillPath(path, { image });
  const client = clientFor(target, imageService);
  const { body, size } = await sendable(data, options.size, what);
  const { url } = await client.endpoint(signal);
  const streamed = body instanceof ReadableStream;
  await client.session.request(joinUrl(url, filled), {
    method: "put",
    body: onUploadProgress && streamed ? body.pipeThrough(countingStream(size, onUploadProgress)) : body,
    headers: { "Content-Type": "application/octet-stream" },
    signal,
    // Never sent twice: a stream cannot be replayed, and ky keeps a copy of the body for a
    // retry (a tee), which for a stream means holding the whole image in memory.
    retry: 0,
    // Large data takes as long as it takes; the signal is the way to stop it.
    timeout: false,
    context: { authenticated: true },
  });
  if (onUploadProgress && !streamed) onUploadProgress(progressAt(size, size, true));
}

async function sendable(
  data: ImageUploadData,
  size: number | undefined,
  what: string,
): Promise<{ body: BodyInit; size: number }> {
  if (data instanceof ReadableStream) {
    if (canStreamRequests()) return { body: data, size: size ?? 0 };
    const collected = await new Response(data).blob();
    return { body: collected, size: collected.size };
  }
  if (data instanceof Uint8Array || data instanceof ArrayBuffer)
    return { body: data as BodyInit, size: data.byteLength };
  if (typeof Blob !== "undefined" && data instanceof Blob) return { body: data, size: data.size };
  throw new InvalidArgumentError(
    `${what} takes a ReadableStream, a Uint8Array, an ArrayBuffer or a Blob, got ${describe(data)}`,
  );
}

function describe(value: unknown): string {
  return value === null ? "null" : typeof value === "object" ? (value.constructor?.name ?? "an object") : typeof value;
}
