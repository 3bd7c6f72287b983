import { underPathPrefix } from "../catalog/path-prefix.js";
import { EndpointNotFoundError } from "../errors/sdk-errors.js";
import type { ApiVersion } from "./version-document.js";

/** A service's base URL for one API version, and what its discovery document said of it. */
export interface ResolvedEndpoint {
  url: string;
  version: ApiVersion | undefined;
}

/** Fetches and parses a discovery document; [] when the URL has none. */
export type DocumentLoader = (url: string) => Promise<ApiVersion[]>;

const statusRank: Record<string, number> = { CURRENT: 3, STABLE: 3, SUPPORTED: 2, DEPRECATED: 1 };

/** The last `/v<major>[.<minor>]` path segment of a URL, e.g. `/v3` of `…/v3/<project_id>`. */
export function versionSegment(url: string): { base: string; major: number; minor: number | undefined } | undefined {
  const parsed = new URL(url);
  const segments = parsed.pathname.split("/");
  for (let i = segments.length - 1; i >= 0; i--) {
    const match = /^v(\d+)(?:\.(\d+))?$/.exec(segments[i]!);
    if (match) {
      parsed.pathname = segments.slice(0, i + 1).join("/");
      parsed.search = "";
      return {
        base: parsed.toString(),
        major: Number(match[1]),
        minor: match[2] === undefined ? undefined : Number(match[2]),
      };
    }
  }
  return undefined;
}

/** The unversioned root of a versioned URL: `http://h:8776/v3/abc` → `http://h:8776/`. */
function rootOf(versionedBase: string): string {
  return versionedBase.replace(/\/v\d+(?:\.\d+)?$/, "/");
}

function best(versions: ApiVersion[], major: number | undefined, minor: number | undefined): ApiVersion | undefined {
  const candidates = versions.filter(
    (v) => (major === undefined || v.major === major) && (minor === undefined || v.minor === minor),
  );
  return candidates.sort((a, b) => (statusRank[b.status] ?? 0) - (statusRank[a.status] ?? 0) || b.minor - a.minor)[0];
}

/**
 * Finds the base URL for `wantedMajor` from a catalog URL, as keystoneauth does.
 * A versioned catalog URL (Keystone `/v3`, Nova `/v2.1`, Cinder `/v3/<project>`) is kept
 * as it is, and its document only tells the microversion range. An unversioned one
 * (Neutron, Glance, Placement) is replaced by the version's own link. A link on another
 * origin is moved onto the catalog's origin: tokens go only to catalog hosts.
 */
export async function resolveEndpoint(
  catalogUrl: string,
  wantedMajor: number | undefined,
  load: DocumentLoader,
): Promise<ResolvedEndpoint> {
  if (!isHttpUrl(catalogUrl))
    throw new EndpointNotFoundError(`The catalog gives '${catalogUrl}' for this service: not an http(s) URL`);
  const versioned = versionSegment(catalogUrl);
  if (versioned && (wantedMajor === undefined || versioned.major === wantedMajor)) {
    const own = await load(versioned.base);
    const version =
      best(own, versioned.major, versioned.minor) ??
      best(await load(rootOf(versioned.base)), versioned.major, versioned.minor);
    return { url: catalogUrl, version };
  }
  const root = versioned ? rootOf(versioned.base) : catalogUrl;
  const version = best(await load(root), wantedMajor, undefined);
  if (!version?.url) return { url: catalogUrl, version };
  return { url: onOrigin(version.url, catalogUrl), version };
}

function isHttpUrl(url: string): boolean {
  try {
    return /^https?:$/.test(new URL(url).protocol);
  } catch {
    return false;
  }
}

function onOrigin(link: string, catalogUrl: string): string {
  const target = new URL(link);
  const catalog = new URL(catalogUrl);
  if (target.origin === catalog.origin) {
    // Kept as given, unless a proxy dropped the catalog URL's path prefix (../catalog/path-prefix.ts).
    const rebased = underPathPrefix(target, catalog);
    return rebased === target ? link : rebased.toString();
  }
  const lastSegment = target.pathname.split("/").filter(Boolean).pop() ?? "";
  return `${catalogUrl.replace(/\/+$/, "")}/${lastSegment}`;
}
