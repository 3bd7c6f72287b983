import { ApiError } from "../engine/api-error.js";
import { empty } from "../engine/respond.js";
import { microseconds, swiftTimestamp } from "../engine/time.js";
import type { Ctx, Route, Row } from "../engine/types.js";
import { bulkDelete } from "./large-objects.js";
import { listing } from "./listing.js";
import {
  accountOf,
  applyMetadata,
  containerOf,
  metadataHeaders,
  requireContainer,
  timeHeaders,
  written,
} from "./swift.js";

/** Container settings Swift keeps beside user metadata, by header name. */
export const CONTAINER_HEADERS = [
  "x-container-read",
  "x-container-write",
  "x-versions-location",
  "x-history-location",
  "x-container-sync-to",
  "x-container-sync-key",
];

const objectsIn = (ctx: Ctx, container: Row) =>
  ctx.cloud.state.objects.filter((o) => o["account"] === container["account"] && o["container"] === container["name"]);

function accountHeaders(ctx: Ctx, account: Row): Record<string, string> {
  const { state } = ctx.cloud;
  const containers = state.containers.filter((c) => c["account"] === account["account"]);
  const objects = state.objects.filter((o) => o["account"] === account["account"]);
  const bytes = objects.reduce((sum, o) => sum + (o["bytes"] as number), 0);
  return {
    "X-Account-Container-Count": String(containers.length),
    "X-Account-Object-Count": String(objects.length),
    "X-Account-Bytes-Used": String(bytes),
    "X-Timestamp": swiftTimestamp(account["created"]),
    "Accept-Ranges": "bytes",
    ...metadataHeaders("Account", account["metadata"]),
  };
}

export function containerHeaders(ctx: Ctx, container: Row): Record<string, string> {
  const objects = objectsIn(ctx, container);
  const system = Object.fromEntries(
    Object.entries(container["headers"] as Row).map(([name, value]) => [
      name.replace(/(^|-)(\w)/g, (_m, dash: string, c: string) => dash + c.toUpperCase()),
      String(value),
    ]),
  );
  return {
    "X-Container-Object-Count": String(objects.length),
    "X-Container-Bytes-Used": String(objects.reduce((sum, o) => sum + (o["bytes"] as number), 0)),
    ...timeHeaders(container["created"]),
    "Accept-Ranges": "bytes",
    "X-Storage-Policy": container["storage_policy"],
    ...system,
    ...metadataHeaders("Container", container["metadata"]),
  };
}

/** Stores a container (a seed, or a PUT): its account, name, policy, metadata and settings. */
export function addContainer(ctx: Ctx, account: string, name: string): Row {
  const container: Row = {
    account,
    name,
    created: ctx.cloud.now(),
    metadata: {},
    headers: {},
    storage_policy: "Policy-0",
  };
  ctx.cloud.state.containers.push(container);
  return container;
}

/** Swift's account (list containers, read and set metadata) and container calls. */
export function containerRoutes(): Route[] {
  return [
    {
      method: "GET",
      path: "v1/:account",
      handle: (ctx) => {
        const account = accountOf(ctx);
        const containers = ctx.cloud.state.containers.filter((c) => c["account"] === account["account"]);
        return listing(
          ctx,
          containers,
          (c) => {
            const objects = objectsIn(ctx, c);
            return {
              name: c["name"],
              count: objects.length,
              bytes: objects.reduce((s, o) => s + (o["bytes"] as number), 0),
              last_modified: microseconds(c["created"]),
            };
          },
          accountHeaders(ctx, account),
        );
      },
    },
    {
      method: "HEAD",
      path: "v1/:account",
      handle: (ctx) =>
        empty(204, { ...accountHeaders(ctx, accountOf(ctx)), "Content-Type": "text/plain; charset=utf-8" }),
    },
    {
      method: "POST",
      path: "v1/:account",
      handle: (ctx) => {
        const account = accountOf(ctx);
        if (ctx.query.has("bulk-delete")) return bulkDelete(ctx, account["account"]);
        applyMetadata(ctx, "Account", account["metadata"]);
        return written(204);
      },
    },
    {
      method: "PUT",
      path: "v1/:account/:container",
      handle: (ctx) => {
        const account = accountOf(ctx);
        const name = ctx.params["container"]!;
        if (name.length > 256) throw new ApiError(400, `Container name length of ${name.length} longer than 256`);
        const existing = containerOf(ctx, account);
        const container = existing ?? addContainer(ctx, account["account"], name);
        const policy = ctx.request.headers.get("x-storage-policy");
        if (policy && policy !== "Policy-0") throw new ApiError(400, `Invalid X-Storage-Policy '${policy}'`);
        applyMetadata(ctx, "Container", container["metadata"], container["headers"], CONTAINER_HEADERS);
        return written(existing ? 202 : 201);
      },
    },
    {
      method: "HEAD",
      path: "v1/:account/:container",
      handle: (ctx) =>
        empty(204, {
          ...containerHeaders(ctx, requireContainer(ctx, accountOf(ctx))),
          "Content-Type": "text/plain; charset=utf-8",
        }),
    },
    {
      method: "GET",
      path: "v1/:account/:container",
      handle: (ctx) => {
        const container = requireContainer(ctx, accountOf(ctx));
        return listing(
          ctx,
          objectsIn(ctx, container),
          (o) => ({
            bytes: o["bytes"],
            hash: o["hash"],
            name: o["name"],
            content_type: o["content_type"],
            last_modified: microseconds(o["last_modified"]),
          }),
          containerHeaders(ctx, container),
        );
      },
    },
    {
      method: "POST",
      path: "v1/:account/:container",
      handle: (ctx) => {
        const container = requireContainer(ctx, accountOf(ctx));
        applyMetadata(ctx, "Container", container["metadata"], container["headers"], CONTAINER_HEADERS);
        return written(204);
      },
    },
    {
      method: "DELETE",
      path: "v1/:account/:container",
      handle: (ctx) => {
        const container = requireContainer(ctx, accountOf(ctx));
        if (objectsIn(ctx, container).length > 0)
          throw new ApiError(409, "There was a conflict when trying to complete your request.");
        const { state } = ctx.cloud;
        state.containers = state.containers.filter((c) => c !== container);
        return written(204);
      },
    },
  ];
}
