import { clientFor, NotFoundError, type SessionOrClient } from "@openstack-ts/core";
import { objectPath, type ContainerRef, type ObjectRef } from "../paths.js";
import { objectStoreService } from "../descriptor.js";

/**
 * Deletes an object. One already gone is fine unless `ignoreMissing: false`. For a static
 * large object this deletes the manifest only; `deleteLargeObject` deletes its segments too.
 */
export async function deleteObject(
  target: SessionOrClient,
  container: ContainerRef,
  object: ObjectRef,
  options: { signal?: AbortSignal; ignoreMissing?: boolean } = {},
): Promise<void> {
  const path = objectPath(container, object);
  try {
    await clientFor(target, objectStoreService).delete(path, { signal: options.signal });
  } catch (error) {
    if (!(error instanceof NotFoundError && options.ignoreMissing !== false)) throw error;
  }
}
