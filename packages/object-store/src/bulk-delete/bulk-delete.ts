import { clientFor, InvalidArgumentError, NotFoundError, parseItem, type SessionOrClient } from "@openstack-ts/core";
import * as v from "valibot";
import { BulkDeleteError, type BulkDeleteResult } from "../errors.js";
import { infoIfAvailable } from "../info/info.js";
import type { ObjectLocation } from "../objects/copy-object.js";
import { containerSegment, objectNamePath, type ContainerRef } from "../paths.js";
import { objectStoreService } from "../descriptor.js";

/** A container (empty by the time its turn comes), or an object. */
export type BulkDeleteItem = ContainerRef | ObjectLocation;

/** Swift's report of a bulk delete (and of a large object's `multipart-manifest=delete`). */
export const BulkDeleteReport = v.looseObject({
  "Number Deleted": v.number(),
  "Number Not Found": v.number(),
  "Response Status": v.string(),
  "Response Body": v.optional(v.string()),
  Errors: v.array(v.tuple([v.string(), v.string()])),
});

/**
 * Deletes many objects and containers, in order: Swift's `?bulk-delete` (one `POST` per
 * `max_deletes_per_request` paths) when `/info` offers it, else one `DELETE` each. Paths
 * already gone count as `notFound`. Anything that could not be deleted (a container still
 * holding objects, say) ends in `BulkDeleteError`, whose `result` tells what was done.
 */
export async function bulkDelete(
  target: SessionOrClient,
  items: readonly BulkDeleteItem[],
  options: { signal?: AbortSignal } = {},
): Promise<BulkDeleteResult> {
  if (!Array.isArray(items))
    throw new InvalidArgumentError("bulkDelete takes a list of containers and {container, object} locations");
  // Every path is checked before anything is deleted.
  const paths = items.map(pathOf);
  const result: BulkDeleteResult = { deleted: 0, notFound: 0, errors: [] };
  if (paths.length === 0) return result;
  const info = await infoIfAvailable(target, options.signal);
  if (info?.bulk_delete) {
    const size = info.bulk_delete.max_deletes_per_request ?? 10_000;
    for (let start = 0; start < paths.length; start += size)
      add(result, await bulkRequest(target, paths.slice(start, start + size), options.signal));
  } else {
    for (const path of paths) await deleteOne(target, path, result, options.signal);
  }
  throwIfFailed("bulkDelete", result);
  return result;
}

function pathOf(item: BulkDeleteItem): string {
  if (typeof item === "object" && item !== null && "object" in item)
    return `/${containerSegment(item.container)}/${objectNamePath(item.object)}`;
  return `/${containerSegment(item as ContainerRef)}`;
}

async function bulkRequest(
  target: SessionOrClient,
  paths: string[],
  signal: AbortSignal | undefined,
): Promise<BulkDeleteResult> {
  const response = await clientFor(target, objectStoreService).post("", {
    searchParams: { "bulk-delete": "" },
    body: paths.join("\n"),
    headers: { "Content-Type": "text/plain", Accept: "application/json" },
    signal,
  });
  return reportOf(await response.json(), response.url);
}

/** A bulk-delete style report as a result; a failure without per-path errors (a refused request) becomes one. */
export function reportOf(body: unknown, url: string): BulkDeleteResult {
  const report = parseItem<v.InferOutput<typeof BulkDeleteReport>>(BulkDeleteReport, body, url, "body");
  const errors = report.Errors.map(([path, status]) => ({ path: decoded(path), status }));
  const status = report["Response Status"];
  if (errors.length === 0 && !/^2\d\d\b/.test(status))
    errors.push({ path: "", status: `${status}${report["Response Body"] ? `: ${report["Response Body"]}` : ""}` });
  return { deleted: report["Number Deleted"], notFound: report["Number Not Found"], errors };
}

async function deleteOne(
  target: SessionOrClient,
  path: string,
  result: BulkDeleteResult,
  signal: AbortSignal | undefined,
): Promise<void> {
  try {
    await clientFor(target, objectStoreService).delete(path.slice(1), { signal });
    result.deleted += 1;
  } catch (error) {
    if (error instanceof NotFoundError) result.notFound += 1;
    else if (error instanceof Error && "status" in error)
      result.errors.push({ path: decoded(path), status: String(error.status) });
    else throw error;
  }
}

function add(total: BulkDeleteResult, part: BulkDeleteResult): void {
  total.deleted += part.deleted;
  total.notFound += part.notFound;
  total.errors.push(...part.errors);
}

export function throwIfFailed(what: string, result: BulkDeleteResult): void {
  if (result.errors.length === 0) return;
  const listed = result.errors
    .slice(0, 5)
    .map((e) => `${e.path || "request"} (${e.status})`)
    .join(", ");
  const more = result.errors.length > 5 ? `, and ${result.errors.length - 5} more` : "";
  throw new BulkDeleteError(
    `${what}: ${result.errors.length} could not be deleted: ${listed}${more}; ${result.deleted} deleted`,
    result,
  );
}

function decoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
