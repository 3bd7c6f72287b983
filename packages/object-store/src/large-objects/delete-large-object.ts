import { clientFor, NotFoundError, type SessionOrClient } from "@openstack-ts/core";
import { reportOf, throwIfFailed } from "../bulk-delete/bulk-delete.js";
import type { BulkDeleteResult } from "../errors.js";
import { objectPath, type ContainerRef, type ObjectRef } from "../paths.js";
import { objectStoreService } from "../descriptor.js";

/**
 * Deletes a static large object and its segments (`?multipart-manifest=delete`). One
 * already gone is fine unless `ignoreMissing: false`; an object that is not a static large
 * object, or a segment that cannot be deleted, is a `BulkDeleteError`.
 */
export async function deleteLargeObject(
  target: SessionOrClient,
  container: ContainerRef,
  object: ObjectRef,
  options: { signal?: AbortSignal; ignoreMissing?: boolean } = {},
): Promise<BulkDeleteResult> {
  const path = objectPath(container, object);
  const response = await clientFor(target, objectStoreService).delete(path, {
    searchParams: { "multipart-manifest": "delete" },
    headers: { Accept: "application/json" },
    signal: options.signal,
  });
  const result = reportOf(await response.json(), response.url);
  if (result.deleted === 0 && result.notFound > 0 && result.errors.length === 0 && options.ignoreMissing === false) {
    throw new NotFoundError({
      status: 404,
      method: "DELETE",
      url: response.url,
      serverMessage: "No such large object",
    });
  }
  throwIfFailed("deleteLargeObject", result);
  return result;
}
