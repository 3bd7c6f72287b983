// What Swift's account, container and object calls share: ownership, metadata headers, times.
import { ApiError } from "../engine/api-error.js";
import { httpDate, swiftTimestamp } from "../engine/time.js";
import type { Ctx, Row } from "../engine/types.js";

/** The account of the URL, after checking the token may use it (its project's `AUTH_<id>`). */
export function accountOf(ctx: Ctx): Row {
  const name = ctx.params["account"]!;
  const { state } = ctx.cloud;
  const reseller = ctx.auth?.roles.some((r) => r.name === "ResellerAdmin") === true;
  if (name !== `AUTH_${ctx.auth?.projectId}` && !reseller) throw new ApiError(403, "Forbidden");
  let account = state.accounts.find((a) => a["account"] === name);
  if (!account) {
    // keystoneauth's account_autocreate: the account exists once its project uses it.
    account = { account: name, metadata: {}, created: ctx.cloud.now() };
    state.accounts.push(account);
  }
  return account;
}

export function containerOf(ctx: Ctx, account: Row): Row | undefined {
  return ctx.cloud.state.containers.find(
    (c) => c["account"] === account["account"] && c["name"] === ctx.params["container"],
  );
}

export function requireContainer(ctx: Ctx, account: Row): Row {
  const container = containerOf(ctx, account);
  if (!container) throw new ApiError(404, "Not Found");
  return container;
}

/**
 * Applies `X-<Kind>-Meta-<Key>` (an empty value removes it) and `X-Remove-<Kind>-Meta-<Key>`
 * from the request to the stored metadata, and the listed system headers to `system`.
 */
export function applyMetadata(
  ctx: Ctx,
  kind: "Account" | "Container" | "Object",
  metadata: Row,
  system?: Row,
  systemHeaders: readonly string[] = [],
): void {
  const prefix = `x-${kind.toLowerCase()}-meta-`;
  const remove = `x-remove-${kind.toLowerCase()}-meta-`;
  for (const [name, value] of ctx.request.headers) {
    if (name.startsWith(prefix)) {
      const key = name.slice(prefix.length);
      if (value === "") delete metadata[key];
      else metadata[key] = value;
    } else if (name.startsWith(remove)) {
      delete metadata[name.slice(remove.length)];
    } else if (system && systemHeaders.includes(name)) {
      if (value === "") delete system[name];
      else system[name] = value;
    } else if (
      system &&
      name.startsWith("x-remove-") &&
      systemHeaders.includes(`x-${name.slice("x-remove-".length)}`)
    ) {
      delete system[`x-${name.slice("x-remove-".length)}`];
    }
  }
}

/** Metadata as response headers: `X-Container-Meta-Color: blue`. */
export function metadataHeaders(kind: "Account" | "Container" | "Object", metadata: Row): Record<string, string> {
  return Object.fromEntries(Object.entries(metadata).map(([key, value]) => [`X-${kind}-Meta-${key}`, String(value)]));
}

/** X-Timestamp and Last-Modified (rounded up to the second, as Swift does). */
export function timeHeaders(ms: number): Record<string, string> {
  return { "X-Timestamp": swiftTimestamp(ms), "Last-Modified": httpDate(Math.ceil(ms / 1000) * 1000) };
}

/** Swift's empty HTML answer to a write. */
export const written = (status: number, headers: Record<string, string> = {}): Response =>
  new Response(status === 202 ? "<html><h1>Accepted</h1><p>The request is accepted for processing.</p></html>" : null, {
    status,
    headers: { "Content-Type": "text/html; charset=UTF-8", ...headers },
  });

const TYPES: Record<string, string> = {
  txt: "text/plain",
  html: "text/html",
  htm: "text/html",
  json: "application/json",
  css: "text/css",
  js: "application/javascript",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  svg: "image/svg+xml",
  pdf: "application/pdf",
  xml: "application/xml",
  zip: "application/zip",
  gz: "application/gzip",
  tar: "application/x-tar",
  iso: "application/x-iso9660-image",
};

/** Swift guesses a missing Content-Type from the name's extension. */
export function guessType(name: string): string {
  const extension = /\.([^./]+)$/.exec(name)?.[1]?.toLowerCase();
  return (extension && TYPES[extension]) ?? "application/octet-stream";
}
