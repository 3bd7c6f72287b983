/**
 * A URL a service gave about itself, put back under the catalog URL's path prefix when a
 * proxy lost it.
 *
 * A service behind a proxy that serves it under a prefix (`http://proxy/api/openstack/neutron/`)
 * and passes `X-Forwarded-Host` builds its links with the proxy's host but its own paths:
 * `http://proxy/v2.0/networks?marker=…`. Followed as given, that asks the proxy for a path it
 * does not serve (keystoneauth does). Such a URL is recognised by its origin (the base's), its
 * path (not under the base's) and one of two signs of the missing prefix:
 *
 * - the path starts with the base path's last segments (`/v2.0/…` under a base ending in
 *   `/neutron/v2.0/`): the prefix is what comes before them;
 * - the path starts with a version (`/v2.0/`) and the base names none (the unversioned
 *   catalog URL): the prefix is the whole base path.
 *
 * Anything else comes back unchanged: a link the service meant to point elsewhere on its host
 * (Cinder's project-less `/v3/volumes` under a catalog URL ending in `/v3/<project>`) is not
 * guessed at.
 */
export function underPathPrefix(url: URL, base: URL): URL {
  if (url.origin !== base.origin) return url;
  const basePath = base.pathname.endsWith("/") ? base.pathname : `${base.pathname}/`;
  if (`${url.pathname}/`.startsWith(basePath)) return url;
  const prefix = missingPrefix(url.pathname, basePath);
  if (prefix === undefined) return url;
  const rebased = new URL(url);
  rebased.pathname = `${prefix}${url.pathname}`;
  return rebased;
}

const VERSION = /^v\d+(?:\.\d+)?$/;

function missingPrefix(path: string, basePath: string): string | undefined {
  const segments = basePath.split("/").filter(Boolean);
  // The longest tail of the base that the path starts with; at least one segment, never the whole base.
  for (let cut = 1; cut < segments.length; cut++) {
    const tail = `/${segments.slice(cut).join("/")}/`;
    if (`${path}/`.startsWith(tail)) return `/${segments.slice(0, cut).join("/")}`;
  }
  const first = path.split("/").filter(Boolean)[0] ?? "";
  if (segments.length > 0 && VERSION.test(first) && !segments.some((segment) => VERSION.test(segment)))
    return `/${segments.join("/")}`;
  return undefined;
}
