import { clientFor, type SessionOrClient } from "@openstack-ts/core";
import {
  containerName,
  containerSegment,
  objectName,
  objectNamePath,
  objectPath,
  type ContainerRef,
  type ObjectRef,
} from "../paths.js";
import { objectStoreService } from "../descriptor.js";
import { bareEtag, objectHeaders, type ObjectWriteSettings } from "./object-headers.js";
import type { UploadedObject } from "./upload-object.js";

/** Where an object is: its container and its name. */
export interface ObjectLocation {
  container: ContainerRef;
  object: ObjectRef;
}

export interface CopyObjectOptions extends ObjectWriteSettings {
  /** Default false: the copy keeps the source's metadata, changed by `metadata`. True: only `metadata`. */
  freshMetadata?: boolean;
  signal?: AbortSignal;
}

/**
 * Copies an object on the server side (`PUT` with `X-Copy-From`), within a container or
 * to another one; the bytes never travel through the client. A large object's copy is a
 * whole new object (up to `max_file_size`).
 */
export async function copyObject(
  target: SessionOrClient,
  from: ObjectLocation,
  to: ObjectLocation,
  options: CopyObjectOptions = {},
): Promise<UploadedObject> {
  const what = "copyObject";
  const source = `/${containerSegment(from.container)}/${objectNamePath(from.object)}`;
  const path = objectPath(to.container, to.object);
  const headers: Record<string, string> = { ...objectHeaders(options, what), "X-Copy-From": source };
  if (options.freshMetadata) headers["X-Fresh-Metadata"] = "true";
  // An empty body, not none: Swift wants a length on a PUT, and a string body would bring a text/plain type.
  const response = await clientFor(target, objectStoreService).put(path, {
    headers,
    body: new Uint8Array(0),
    signal: options.signal,
  });
  return {
    container: containerName(to.container),
    name: objectName(to.object),
    etag: bareEtag(response.headers.get("etag")),
    lastModified: response.headers.get("last-modified") ?? undefined,
  };
}
