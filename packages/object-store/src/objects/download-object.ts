import { clientFor, type ActionOptions, type SessionOrClient } from "@openstack-ts/core";
import { verifyingStream } from "../checksum/hashing.js";
import { ObjectChecksumError } from "../errors.js";
import { headerValue } from "../metadata.js";
import { containerName, objectName, objectPath, type ContainerRef, type ObjectRef } from "../paths.js";
import { objectStoreService } from "../descriptor.js";
import { parseObjectHeaders, type ObjectMetadata } from "./object-metadata.js";

export interface DownloadObjectOptions extends Pick<ActionOptions, "signal" | "onDownloadProgress"> {
  /**
   * Default true: check the bytes against the object's MD5 (its ETag) as they arrive; a
   * mismatch errors the stream at its end with `ObjectChecksumError`. Skipped where the ETag
   * is not the content's MD5: large objects, partial (`Range`) and encoded responses.
   */
  verify?: boolean;
  /** Request headers, e.g. `Range: bytes=0-99` or `If-Match`. */
  headers?: Readonly<Record<string, string>>;
}

/** A download under way: the object's metadata at once, its bytes as they come. */
export interface ObjectDownload {
  metadata: ObjectMetadata;
  /** The content, streamed. Read it once, through this or `bytes()`/`text()`. */
  body: ReadableStream<Uint8Array>;
  bytes(): Promise<Uint8Array>;
  /** The content decoded as UTF-8. */
  text(): Promise<string>;
}

/**
 * Downloads an object as a stream (`GET`), with progress and MD5 verification. Nothing is
 * buffered: the caller reads `body` (or `bytes()`/`text()` for small objects).
 */
export async function streamObject(
  target: SessionOrClient,
  container: ContainerRef,
  object: ObjectRef,
  options: DownloadObjectOptions = {},
): Promise<ObjectDownload> {
  const path = objectPath(container, object);
  const { signal, onDownloadProgress, verify = true } = options;
  const headers = Object.fromEntries(
    Object.entries(options.headers ?? {}).map(([name, value]) => [
      name,
      headerValue(value, `streamObject: header ${name}`),
    ]),
  );
  const response = await clientFor(target, objectStoreService).get(path, {
    signal,
    headers,
    ...(onDownloadProgress && { onDownloadProgress }),
  });
  const metadata = parseObjectHeaders(containerName(container), objectName(object), response.headers);
  let body = response.body ?? new ReadableStream<Uint8Array>({ start: (controller) => controller.close() });
  const etag = response.headers.get("etag");
  const checkable =
    verify &&
    response.status === 200 &&
    etag !== null &&
    /^[0-9a-f]{32}$/i.test(etag) &&
    !metadata.isStaticLargeObject &&
    metadata.manifest === undefined &&
    metadata.contentEncoding === undefined;
  if (checkable) {
    body = body.pipeThrough(
      verifyingStream(
        etag,
        (actual) =>
          new ObjectChecksumError(
            `streamObject: ${metadata.container}/${metadata.name} arrived with MD5 ${actual}, but Swift's ETag is ${etag}`,
            { expected: etag, actual },
          ),
      ),
    );
  }
  return {
    metadata,
    body,
    bytes: async () => new Uint8Array(await new Response(body).arrayBuffer()),
    text: async () => new TextDecoder().decode(await new Response(body).arrayBuffer()),
  };
}

/** Downloads a whole object into memory (verified, as `streamObject`). For large objects, stream instead. */
export async function downloadObject(
  target: SessionOrClient,
  container: ContainerRef,
  object: ObjectRef,
  options: DownloadObjectOptions = {},
): Promise<Uint8Array> {
  return (await streamObject(target, container, object, options)).bytes();
}
