import { clientFor, type ActionOptions, type SessionOrClient } from "@openstack-ts/core";
import { hashingStream, md5OfBlob } from "../checksum/hashing.js";
import { md5Hex } from "../checksum/md5.js";
import { ObjectChecksumError } from "../errors.js";
import { containerName, objectName, objectPath, type ContainerRef, type ObjectRef } from "../paths.js";
import { objectStoreService } from "../descriptor.js";
import { bareEtag, objectHeaders, type ObjectWriteSettings } from "./object-headers.js";
import { bodyOf, noRetries, payloadOf, type ObjectData } from "./payload.js";

export interface UploadObjectOptions extends ObjectWriteSettings, ActionOptions {
  /**
   * Default true. For bytes and Blobs, send their MD5 as `ETag`: Swift refuses (422) to
   * store bytes that arrive different. A stream cannot be hashed before it is sent, so its
   * MD5 is computed as it flows and compared with the ETag Swift answers.
   */
  checksum?: boolean;
  /** Milliseconds to wait for Swift's answer, the upload included. Default: the session's. */
  timeout?: number | false;
}

/** What Swift answered to a write. */
export interface UploadedObject {
  container: string;
  name: string;
  etag: string | undefined;
  lastModified: string | undefined;
}

/**
 * Uploads an object in one `PUT`: from a string (sent as UTF-8), bytes, a Blob (a browser
 * `File`) or a ReadableStream, with its content type, metadata and expiry. Up to
 * `/info`'s `max_file_size` (5 GiB by default); `uploadLargeObject` goes beyond.
 * `onUploadProgress` works where `fetch` can stream a request body (Node, Deno, Bun;
 * Chromium over HTTP/2), and so does a ReadableStream source.
 */
export async function uploadObject(
  target: SessionOrClient,
  container: ContainerRef,
  object: ObjectRef,
  data: ObjectData,
  options: UploadObjectOptions = {},
): Promise<UploadedObject> {
  const what = "uploadObject";
  const path = objectPath(container, object);
  const { signal, onUploadProgress, timeout, checksum = true } = options;
  const headers = objectHeaders(options, what);
  let payload = payloadOf(data, what);
  let streamedMd5: (() => string) | undefined;
  if (checksum && payload.kind === "bytes") headers["ETag"] = md5Hex(payload.bytes);
  if (checksum && payload.kind === "blob") headers["ETag"] = await md5OfBlob(payload.blob, signal);
  if (checksum && payload.kind === "stream") {
    const hashing = hashingStream();
    payload = { ...payload, stream: payload.stream.pipeThrough(hashing.stream) };
    streamedMd5 = hashing.hex;
  }
  // A string would otherwise go out as bytes with no type, and Swift would guess one from the name.
  if (typeof data === "string" && options.contentType === undefined)
    headers["Content-Type"] = "text/plain; charset=utf-8";
  const response = await clientFor(target, objectStoreService).put(path, {
    body: bodyOf(payload),
    headers,
    signal,
    ...(onUploadProgress && { onUploadProgress }),
    ...(timeout !== undefined && { timeout }),
    ...(payload.kind === "stream" && noRetries),
  });
  const uploaded = {
    container: containerName(container),
    name: objectName(object),
    etag: bareEtag(response.headers.get("etag")),
    lastModified: response.headers.get("last-modified") ?? undefined,
  };
  if (streamedMd5) {
    const sent = streamedMd5();
    if (uploaded.etag !== undefined && uploaded.etag !== sent) {
      throw new ObjectChecksumError(
        `uploadObject: Swift stored ${uploaded.container}/${uploaded.name} with MD5 ${uploaded.etag}, but the bytes sent have MD5 ${sent}; the stored object is not what was sent`,
        { expected: sent, actual: uploaded.etag },
      );
    }
  }
  return uploaded;
}
