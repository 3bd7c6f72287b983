// Swift's static large objects (a manifest of segments, read as one) and bulk delete.
import { ApiError } from "../engine/api-error.js";
import { md5Hex } from "../engine/md5.js";
import { json } from "../engine/respond.js";
import { microseconds } from "../engine/time.js";
import type { Ctx, Row } from "../engine/types.js";
import { putObject } from "./objects-store.js";

/** An object of this account named by `/container/object`. */
export function objectAt(ctx: Ctx, account: string, path: string): Row | undefined {
  const [container = "", ...rest] = decodeURIComponent(path.replace(/^\//, "")).split("/");
  return ctx.cloud.state.objects.find(
    (o) => o["account"] === account && o["container"] === container && o["name"] === rest.join("/"),
  );
}

/**
 * PUT ?multipart-manifest=put: checks each segment (it exists, and its ETag and size are
 * what the manifest says) and the manifest's own ETag (the MD5 of the segments' ETags).
 */
export async function putManifest(
  ctx: Ctx,
  target: { account: string; container: string; name: string },
): Promise<Row> {
  let entries: Row[];
  try {
    entries = JSON.parse(new TextDecoder().decode(await ctx.bytes())) as Row[];
  } catch {
    throw new ApiError(400, "Manifest must be valid JSON.");
  }
  if (!Array.isArray(entries) || entries.length === 0) throw new ApiError(400, "Manifest must be a list of segments.");
  const errors: string[] = [];
  const segments = entries.map((entry) => {
    const segment = objectAt(ctx, target.account, String(entry["path"]));
    if (!segment) errors.push(`${entry["path"]}, 404 Not Found`);
    else if (entry["etag"] && entry["etag"] !== segment["hash"]) errors.push(`${entry["path"]}, Etag Mismatch`);
    else if (
      entry["size_bytes"] !== undefined &&
      entry["size_bytes"] !== null &&
      entry["size_bytes"] !== segment["bytes"]
    )
      errors.push(`${entry["path"]}, Size Mismatch`);
    return {
      name: String(entry["path"]),
      hash: segment?.["hash"],
      bytes: segment?.["bytes"],
      content_type: segment?.["content_type"],
      last_modified: segment ? microseconds(segment["last_modified"]) : undefined,
    };
  });
  if (errors.length > 0) throw new ApiError(400, `Errors:\n${errors.join("\n")}`);
  const etag = md5Hex(new TextEncoder().encode(segments.map((s) => s.hash).join("")));
  const expected = ctx.request.headers.get("etag")?.replace(/"/g, "");
  if (expected && expected !== etag) throw new ApiError(422, "Unprocessable Entity");
  const object = putObject(ctx, target, new Uint8Array(), ctx.request.headers.get("content-type") ?? undefined);
  Object.assign(object, {
    manifest: segments,
    hash: etag,
    bytes: segments.reduce((sum, s) => sum + (s.bytes as number), 0),
  });
  object["headers"]["x-static-large-object"] = "True";
  return object;
}

/** A large object's bytes: its segments' as they are now, one after another. */
export function contentOf(ctx: Ctx, object: Row): Uint8Array {
  if (!object["manifest"]) return object["data"];
  const parts = (object["manifest"] as Row[]).map(
    (segment) => objectAt(ctx, object["account"], segment["name"])?.["data"] as Uint8Array | undefined,
  );
  if (parts.some((part) => part === undefined)) throw new ApiError(409, "A segment of this large object is missing.");
  const all = new Uint8Array(parts.reduce((sum, part) => sum + part!.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part!, at);
    at += part!.byteLength;
  }
  return all;
}

/** The report Swift's bulk middleware answers with (bulk delete, manifest delete). */
function report(deleted: number, notFound: number, errors: [string, string][]): Response {
  return json({
    "Number Deleted": deleted,
    "Number Not Found": notFound,
    "Response Status": errors.length > 0 ? "400 Bad Request" : "200 OK",
    "Response Body": "",
    Errors: errors,
  });
}

interface Tally {
  deleted: number;
  notFound: number;
  errors: [string, string][];
}

/** Deletes objects and empty containers named by `/container[/object]` paths of this account. */
function deleteEach(ctx: Ctx, account: string, paths: readonly string[], tally: Tally): Tally {
  const { state } = ctx.cloud;
  for (const path of paths) {
    const [container = "", ...rest] = decodeURIComponent(path.replace(/^\//, "")).split("/");
    if (rest.length === 0) {
      const found = state.containers.find((c) => c["account"] === account && c["name"] === container);
      if (!found) tally.notFound++;
      else if (state.objects.some((o) => o["account"] === account && o["container"] === container))
        tally.errors.push([path, "409 Conflict"]);
      else {
        state.containers = state.containers.filter((c) => c !== found);
        tally.deleted++;
      }
      continue;
    }
    const object = objectAt(ctx, account, path);
    if (!object) tally.notFound++;
    else {
      state.objects = state.objects.filter((o) => o !== object);
      tally.deleted++;
    }
  }
  return tally;
}

/** POST ?bulk-delete: a path a line. */
export async function bulkDelete(ctx: Ctx, account: string): Promise<Response> {
  const paths = new TextDecoder()
    .decode(await ctx.bytes())
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const { deleted, notFound, errors } = deleteEach(ctx, account, paths, { deleted: 0, notFound: 0, errors: [] });
  return report(deleted, notFound, errors);
}

/** DELETE ?multipart-manifest=delete: the manifest and every segment it names. */
export function deleteManifest(ctx: Ctx, object: Row | undefined): Response {
  if (!object) return report(0, 1, []);
  const segments = ((object["manifest"] as Row[] | undefined) ?? []).map((segment) => String(segment["name"]));
  ctx.cloud.state.objects = ctx.cloud.state.objects.filter((o) => o !== object);
  const { deleted, notFound, errors } = deleteEach(ctx, object["account"], segments, {
    deleted: 1,
    notFound: 0,
    errors: [],
  });
  return report(deleted, notFound, errors);
}
