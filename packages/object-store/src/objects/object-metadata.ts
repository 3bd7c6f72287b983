import { clientFor, type SessionOrClient } from "@openstack-ts/core";
import {
  metadataHeaders,
  numberHeader,
  readHeaderValue,
  readMetadata,
  visibleHeaders,
  type Metadata,
} from "../metadata.js";
import { containerName, objectName, objectPath, type ContainerRef, type ObjectRef } from "../paths.js";
import { objectStoreService } from "../descriptor.js";
import { bareEtag, objectHeaders } from "./object-headers.js";

type Call = { signal?: AbortSignal };

/** An object as `HEAD` (or the headers of a `GET`) report it. */
export interface ObjectMetadata {
  container: string;
  name: string;
  contentLength: number;
  contentType: string | undefined;
  /** The MD5 of the content; for a static large object, the MD5 of its segments' ETags. Quotes removed. */
  etag: string | undefined;
  lastModified: string | undefined;
  timestamp: string | undefined;
  /** Unix seconds at which Swift deletes the object, if set. */
  deleteAt: number | undefined;
  isStaticLargeObject: boolean;
  /** A dynamic large object's `container/prefix`. */
  manifest: string | undefined;
  contentEncoding: string | undefined;
  contentDisposition: string | undefined;
  /** `X-Object-Meta-*`, keys lowercase. */
  metadata: Record<string, string>;
  /** Every response header. */
  headers: Record<string, string>;
}

/** `HEAD` an object. A missing one is `NotFoundError`. */
export async function getObjectMetadata(
  target: SessionOrClient,
  container: ContainerRef,
  object: ObjectRef,
  options: Call = {},
): Promise<ObjectMetadata> {
  const path = objectPath(container, object);
  const response = await clientFor(target, objectStoreService).head(path, { signal: options.signal });
  return parseObjectHeaders(containerName(container), objectName(object), response.headers);
}

export function parseObjectHeaders(container: string, name: string, headers: Headers): ObjectMetadata {
  const text = (header: string) => {
    const value = headers.get(header);
    return value === null ? undefined : readHeaderValue(value);
  };
  return {
    container,
    name,
    contentLength: numberHeader(headers, "content-length") ?? 0,
    contentType: text("content-type"),
    etag: bareEtag(headers.get("etag")),
    lastModified: text("last-modified"),
    timestamp: text("x-timestamp"),
    deleteAt: numberHeader(headers, "x-delete-at"),
    isStaticLargeObject: /^(true|yes|1|on)$/i.test(headers.get("x-static-large-object") ?? ""),
    manifest: text("x-object-manifest"),
    contentEncoding: text("content-encoding"),
    contentDisposition: text("content-disposition"),
    metadata: readMetadata(headers, "Object"),
    headers: visibleHeaders(headers),
  };
}

/** Changes to an object's metadata. */
export interface ObjectMetadataChanges {
  /** Keys to add or change; the others are kept. */
  metadata?: Metadata;
  contentType?: string;
  deleteAfter?: number;
  /** A Date or Unix seconds; `null` cancels a scheduled deletion. */
  deleteAt?: Date | number | null;
}

/**
 * Changes an object's metadata. Swift's `POST` replaces all of it, so, as openstacksdk
 * does, this reads the current metadata first and sends it back merged with the changes,
 * keeping the content type, encoding, disposition and scheduled deletion unless changed.
 */
export async function setObjectMetadata(
  target: SessionOrClient,
  container: ContainerRef,
  object: ObjectRef,
  changes: ObjectMetadataChanges,
  options: Call = {},
): Promise<void> {
  const what = "setObjectMetadata";
  // Checked before anything is sent.
  metadataHeaders("Object", changes.metadata, what);
  const current = await getObjectMetadata(target, container, object, options);
  await postObjectMetadata(
    target,
    container,
    object,
    current,
    { ...current.metadata, ...changes.metadata },
    changes,
    options,
  );
}

/** Removes object metadata keys (reading the rest and sending it back, as `setObjectMetadata` does). */
export async function deleteObjectMetadata(
  target: SessionOrClient,
  container: ContainerRef,
  object: ObjectRef,
  keys: readonly string[],
  options: Call = {},
): Promise<void> {
  const current = await getObjectMetadata(target, container, object, options);
  const remove = new Set(keys.map((key) => key.toLowerCase()));
  if (![...remove].some((key) => key in current.metadata)) return;
  const kept = Object.fromEntries(Object.entries(current.metadata).filter(([key]) => !remove.has(key)));
  await postObjectMetadata(target, container, object, current, kept, {}, options);
}

async function postObjectMetadata(
  target: SessionOrClient,
  container: ContainerRef,
  object: ObjectRef,
  current: ObjectMetadata,
  metadata: Metadata,
  changes: ObjectMetadataChanges,
  options: Call,
): Promise<void> {
  const { deleteAt, deleteAfter } = changes;
  const keepDeleteAt = deleteAt === undefined && deleteAfter === undefined ? current.deleteAt : undefined;
  const headers = objectHeaders(
    {
      metadata,
      contentType: changes.contentType ?? current.contentType,
      ...(deleteAfter !== undefined && { deleteAfter }),
      ...(deleteAt !== undefined && deleteAt !== null && { deleteAt }),
      ...(keepDeleteAt !== undefined && { deleteAt: keepDeleteAt }),
      headers: {
        ...(current.contentEncoding !== undefined && { "Content-Encoding": current.contentEncoding }),
        ...(current.contentDisposition !== undefined && { "Content-Disposition": current.contentDisposition }),
      },
    },
    "setObjectMetadata",
  );
  await clientFor(target, objectStoreService).post(objectPath(container, object), { headers, signal: options.signal });
}
