import { clientFor, NotFoundError, type SessionOrClient } from "@openstack-ts/core";
import {
  numberHeader,
  readHeaderValue,
  readMetadata,
  removalHeaders,
  TEMP_URL_KEYS,
  visibleHeaders,
} from "../metadata.js";
import { containerName, containerSegment, type ContainerRef } from "../paths.js";
import { objectStoreService } from "../descriptor.js";
import {
  containerHeaders,
  type ContainerCors,
  type ContainerCreateSettings,
  type ContainerSettings,
} from "./container-settings.js";

type Call = { signal?: AbortSignal };

/** A container as `HEAD` on it reports. */
export interface ContainerMetadata {
  name: string;
  objectCount: number;
  bytesUsed: number;
  readAcl: string | undefined;
  writeAcl: string | undefined;
  /** The CORS settings, when any is set. */
  cors: ContainerCors | undefined;
  storagePolicy: string | undefined;
  versionsLocation: string | undefined;
  historyLocation: string | undefined;
  timestamp: string | undefined;
  /** `X-Container-Meta-*`, keys lowercase; without the CORS keys (see `cors`) and the temp URL keys (secrets). */
  metadata: Record<string, string>;
  /** Every response header, temp URL keys redacted. */
  headers: Record<string, string>;
}

const CORS_KEYS = ["access-control-allow-origin", "access-control-max-age", "access-control-expose-headers"];

/**
 * Creates a container (`PUT`), with its metadata, ACLs and CORS settings. Answers `true`
 * when it was created, `false` when it existed already (Swift then applies the settings
 * to it, as a `setContainerMetadata` would).
 */
export async function createContainer(
  target: SessionOrClient,
  container: ContainerRef,
  settings: ContainerCreateSettings = {},
  options: Call = {},
): Promise<boolean> {
  const headers = containerHeaders(settings, "createContainer");
  const response = await clientFor(target, objectStoreService).put(containerSegment(container), {
    headers,
    signal: options.signal,
    body: new Uint8Array(0),
  });
  return response.status === 201;
}

/** `HEAD` a container: counts, ACLs, CORS, metadata. A missing container is `NotFoundError`. */
export async function getContainerMetadata(
  target: SessionOrClient,
  container: ContainerRef,
  options: Call = {},
): Promise<ContainerMetadata> {
  const response = await clientFor(target, objectStoreService).head(containerSegment(container), {
    signal: options.signal,
  });
  return parseContainerHeaders(containerName(container), response.headers);
}

export function parseContainerHeaders(name: string, headers: Headers): ContainerMetadata {
  const text = (header: string) => {
    const value = headers.get(header);
    return value === null ? undefined : readHeaderValue(value);
  };
  const origin = text("x-container-meta-access-control-allow-origin");
  const maxAge = numberHeader(headers, "x-container-meta-access-control-max-age");
  const expose = text("x-container-meta-access-control-expose-headers");
  const cors: ContainerCors | undefined =
    origin === undefined && maxAge === undefined && expose === undefined
      ? undefined
      : {
          ...(origin !== undefined && { allowOrigin: origin.split(/\s+/).filter(Boolean) }),
          ...(maxAge !== undefined && { maxAge }),
          ...(expose !== undefined && { exposeHeaders: expose.split(/\s+/).filter(Boolean) }),
        };
  return {
    name,
    objectCount: numberHeader(headers, "x-container-object-count") ?? 0,
    bytesUsed: numberHeader(headers, "x-container-bytes-used") ?? 0,
    readAcl: text("x-container-read"),
    writeAcl: text("x-container-write"),
    cors,
    storagePolicy: text("x-storage-policy"),
    versionsLocation: text("x-versions-location"),
    historyLocation: text("x-history-location"),
    timestamp: text("x-timestamp"),
    metadata: readMetadata(headers, "Container", [...TEMP_URL_KEYS, ...CORS_KEYS]),
    headers: visibleHeaders(headers),
  };
}

/** Changes a container's metadata, ACLs or CORS (`POST`); what is not named is kept. */
export async function setContainerMetadata(
  target: SessionOrClient,
  container: ContainerRef,
  settings: ContainerSettings,
  options: Call = {},
): Promise<void> {
  const headers = containerHeaders(settings, "setContainerMetadata");
  await clientFor(target, objectStoreService).post(containerSegment(container), { headers, signal: options.signal });
}

/** Removes container metadata keys; keys that are not set are ignored. */
export async function deleteContainerMetadata(
  target: SessionOrClient,
  container: ContainerRef,
  keys: readonly string[],
  options: Call = {},
): Promise<void> {
  const headers = removalHeaders("Container", keys, "deleteContainerMetadata");
  const path = containerSegment(container);
  if (Object.keys(headers).length === 0) return;
  await clientFor(target, objectStoreService).post(path, { headers, signal: options.signal });
}

/**
 * Deletes an empty container. A container that still holds objects is a `ConflictError`
 * (empty it first, e.g. with `bulkDelete`); one already gone is fine unless
 * `ignoreMissing: false`.
 */
export async function deleteContainer(
  target: SessionOrClient,
  container: ContainerRef,
  options: Call & { ignoreMissing?: boolean } = {},
): Promise<void> {
  const path = containerSegment(container);
  try {
    await clientFor(target, objectStoreService).delete(path, { signal: options.signal });
  } catch (error) {
    if (!(error instanceof NotFoundError && options.ignoreMissing !== false)) throw error;
  }
}
