import { clientFor, InvalidArgumentError, type ActionOptions, type SessionOrClient } from "@openstack-ts/core";
import { md5OfBlob } from "../checksum/hashing.js";
import { md5Hex } from "../checksum/md5.js";
import { createContainer } from "../containers/container-calls.js";
import { infoIfAvailable } from "../info/info.js";
import { bareEtag, objectHeaders, unixSeconds, type ObjectWriteSettings } from "../objects/object-headers.js";
import { payloadOf, type ObjectData } from "../objects/payload.js";
import type { UploadedObject } from "../objects/upload-object.js";
import { containerName, objectName, objectPath, type ContainerRef, type ObjectRef } from "../paths.js";
import { objectStoreService } from "../descriptor.js";
import { bulkDelete } from "../bulk-delete/bulk-delete.js";
import { planSegments } from "./limits.js";
import { segmentsOf, type Segment } from "./segments.js";

export interface UploadLargeObjectOptions extends ObjectWriteSettings, ActionOptions {
  /** Bytes per segment. Default 100 MiB (at most `/info`'s max_file_size), more if a known size needs it. */
  segmentSize?: number;
  /** Where the segments go. Default `<container>_segments`, created if missing. */
  segmentContainer?: ContainerRef;
  /** Segments uploaded at once. Default 2. From a stream, each holds one segment in memory. */
  concurrency?: number;
  /** Milliseconds to wait for each segment's answer. Default: the session's. */
  timeout?: number | false;
}

/** What a large-object upload made. */
export interface LargeObjectUpload extends UploadedObject {
  size: number;
  segments: number;
  segmentContainer: string;
  /** The segments' common name prefix in `segmentContainer`. */
  segmentPrefix: string;
}

type Entry = { path: string; etag: string; size_bytes: number };

/**
 * Uploads content of any size as a static large object: segments of `segmentSize` bytes
 * (each sent with its MD5, which Swift checks), then a manifest (`?multipart-manifest=put`,
 * with the MD5 of the segments' ETags, which Swift checks too). Limits come from `/info`.
 * If anything fails, the segments already uploaded are deleted before the error is thrown.
 */
export async function uploadLargeObject(
  target: SessionOrClient,
  container: ContainerRef,
  object: ObjectRef,
  data: ObjectData,
  options: UploadLargeObjectOptions = {},
): Promise<LargeObjectUpload> {
  const what = "uploadLargeObject";
  const manifestPath = objectPath(container, object);
  const name = objectName(object);
  const { deleteAfter, signal, onUploadProgress } = options;
  const concurrency = options.concurrency ?? 2;
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new InvalidArgumentError(`${what}: concurrency must be a whole number from 1`);
  // Checks every setting before anything is sent.
  objectHeaders(options, what);
  // Segments and manifest expire together: one absolute time for all.
  const deleteAt =
    deleteAfter !== undefined
      ? Math.floor(Date.now() / 1000) + deleteAfter
      : options.deleteAt !== undefined
        ? unixSeconds(options.deleteAt, `${what}: deleteAt`)
        : undefined;
  const manifestHeaders = objectHeaders({ ...options, deleteAfter: undefined, deleteAt }, what);
  const payload = payloadOf(data, what);
  const segmentContainer = containerName(options.segmentContainer ?? `${containerName(container)}_segments`);
  const { segmentSize, maxSegments } = planSegments(
    await infoIfAvailable(target, signal),
    options.segmentSize,
    payload.size,
  );
  const prefix = `${name}/slo/${Date.now()}-${Math.random().toString(36).slice(2, 8)}/${segmentSize}/`;

  const client = clientFor(target, objectStoreService);
  await createContainer(target, segmentContainer, {}, { signal });

  const stop = new AbortController();
  const segmentSignal = signal ? AbortSignal.any([signal, stop.signal]) : stop.signal;
  const manifest: Entry[] = [];
  const uploaded: string[] = [];
  const inFlight = new Map<number, number>();
  let done = 0;
  const report = () => {
    if (!onUploadProgress) return;
    let transferred = done;
    for (const bytes of inFlight.values()) transferred += bytes;
    const total = payload.size ?? transferred;
    onUploadProgress({
      percent: total === 0 ? 0 : Math.min(transferred / total, 1 - Number.EPSILON),
      transferredBytes: transferred,
      totalBytes: Math.max(total, transferred),
    });
  };

  const put = async (segment: Segment) => {
    const segmentName = `${prefix}${String(segment.index).padStart(8, "0")}`;
    const etag = segment.body instanceof Blob ? await md5OfBlob(segment.body, segmentSignal) : md5Hex(segment.body);
    const response = await client.put(objectPath(segmentContainer, segmentName), {
      body: segment.body as BodyInit,
      headers: { ETag: etag, ...(deleteAt !== undefined && { "X-Delete-At": String(deleteAt) }) },
      signal: segmentSignal,
      ...(options.timeout !== undefined && { timeout: options.timeout }),
      ...(onUploadProgress && {
        onUploadProgress: ({ transferredBytes }: { transferredBytes: number }) => {
          inFlight.set(segment.index, transferredBytes);
          report();
        },
      }),
    });
    uploaded.push(segmentName);
    inFlight.delete(segment.index);
    done += segment.size;
    report();
    manifest[segment.index] = {
      path: `/${segmentContainer}/${segmentName}`,
      etag: bareEtag(response.headers.get("etag")) ?? etag,
      size_bytes: segment.size,
    };
  };

  let failure: unknown;
  const running = new Set<Promise<void>>();
  try {
    for await (const segment of segmentsOf(payload, segmentSize)) {
      if (failure !== undefined) break;
      if (segment.index >= maxSegments) {
        throw new InvalidArgumentError(
          `${what}: the content needs more than slo.max_manifest_segments (${maxSegments}) segments of ${segmentSize} bytes; use a larger segmentSize`,
        );
      }
      // A failed segment stops the others; its error is the one reported.
      const task: Promise<void> = put(segment).then(
        () => void running.delete(task),
        (error: unknown) => {
          running.delete(task);
          failure ??= error;
          stop.abort(error);
        },
      );
      running.add(task);
      if (running.size >= concurrency) await Promise.race(running);
    }
    await Promise.all(running);
    if (failure !== undefined) throw failure;
    const response = await client.put(manifestPath, {
      searchParams: { "multipart-manifest": "put" },
      // Bytes, not a string: a string body would make the object text/plain.
      body: new TextEncoder().encode(JSON.stringify(manifest)),
      headers: {
        ...manifestHeaders,
        ETag: md5Hex(new TextEncoder().encode(manifest.map((entry) => entry.etag).join(""))),
      },
      signal,
    });
    const size = manifest.reduce((sum, entry) => sum + entry.size_bytes, 0);
    onUploadProgress?.({ percent: 1, transferredBytes: size, totalBytes: size });
    return {
      container: containerName(container),
      name,
      etag: bareEtag(response.headers.get("etag")),
      lastModified: response.headers.get("last-modified") ?? undefined,
      size,
      segments: manifest.length,
      segmentContainer,
      segmentPrefix: prefix,
    };
  } catch (error) {
    stop.abort(error);
    await Promise.allSettled(running);
    await removeSegments(target, segmentContainer, uploaded);
    throw error;
  }
}

/** Best effort: an upload that failed leaves no segments behind; a cleanup failure is logged, the upload's error stands. */
async function removeSegments(target: SessionOrClient, segmentContainer: string, names: string[]): Promise<void> {
  if (names.length === 0) return;
  try {
    await bulkDelete(
      target,
      names.map((object) => ({ container: segmentContainer, object })),
    );
  } catch (error) {
    clientFor(target, objectStoreService).session.logger?.warn?.(
      `uploadLargeObject: ${names.length} segments left in ${segmentContainer}: ${(error as Error).message}`,
    );
  }
}
