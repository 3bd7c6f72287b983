import { underPathPrefix } from "../catalog/path-prefix.js";
import { ResponseValidationError } from "../errors/response-validation-error.js";

type Link = { rel?: unknown; href?: unknown };

const hrefOfNext = (links: unknown): string | undefined => {
  if (Array.isArray(links)) {
    const next = (links as Link[]).find((link) => link?.rel === "next")?.href;
    return typeof next === "string" && next ? next : undefined;
  }
  // Keystone: {"links": {"next": "…" | null, "self": …}}
  const next = typeof links === "object" && links !== null ? (links as { next?: unknown }).next : undefined;
  return typeof next === "string" && next ? next : undefined;
};

/**
 * The next page's link in any style OpenStack uses: `<key>_links` (Nova, Neutron, Cinder),
 * `links` as a list or Keystone's object, a top-level `next` (Glance, Ironic), or an
 * RFC 8288 `Link` header. Undefined when the response names no next page.
 */
export function findNextLink(
  body: unknown,
  headers: Headers,
  itemsKey: string | undefined,
  linksKey?: string,
): string | undefined {
  if (typeof body === "object" && body !== null && !Array.isArray(body)) {
    const record = body as Record<string, unknown>;
    const key = linksKey ?? (itemsKey ? `${itemsKey}_links` : undefined);
    const fromBody =
      (key ? hrefOfNext(record[key]) : undefined) ??
      hrefOfNext(record["links"]) ??
      (typeof record["next"] === "string" && record["next"] ? record["next"] : undefined);
    if (fromBody) return fromBody;
  }
  const header = headers.get("link");
  if (!header) return undefined;
  for (const part of header.split(",")) {
    const match = /<([^>]*)>\s*;(.*)/.exec(part.trim());
    if (match && /\brel\s*=\s*"?next"?/i.test(match[2]!)) return match[1];
  }
  return undefined;
}

/**
 * Makes a next link absolute against the service's base URL. Glance's `/v2/images?…`
 * drops its version prefix and joins the base (which may sit under a path prefix). A link
 * naming another origin is moved onto the base's origin: the token goes only to catalog hosts,
 * and a proxy that reports its internal address must not break paging. A link on the base's
 * origin that lost the base's path prefix to a proxy gets it back (../catalog/path-prefix.ts).
 */
export function resolveNextLink(link: string, baseUrl: string): string {
  const base = new URL(baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`);
  const versioned = /^\/v\d+(?:\.\d+)?\/(.*)$/.exec(link);
  let target: URL;
  try {
    if (versioned && /\/v\d+(?:\.\d+)?\/$/.test(base.pathname)) target = new URL(versioned[1]!, base);
    else target = new URL(link, link.startsWith("/") ? base.origin : base);
  } catch {
    throw new ResponseValidationError({ url: baseUrl, field: "next link", problem: `'${link}' is not a URL` });
  }
  if (target.origin === base.origin) return underPathPrefix(target, base).toString();
  // Set part by part: a path such as `//evil.test` given whole would name another host again.
  const moved = new URL(base.origin);
  moved.pathname = target.pathname;
  moved.search = target.search;
  return underPathPrefix(moved, base).toString();
}
