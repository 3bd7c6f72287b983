import { AmbiguousEndpointError, EndpointNotFoundError } from "../errors/sdk-errors.js";
import { serviceTypeCandidates } from "./service-types.js";

export interface CatalogEndpoint {
  url: string;
  interface: string;
  region?: string | null;
  region_id?: string | null;
  id?: string;
}

export interface CatalogService {
  type: string;
  name?: string;
  id?: string;
  endpoints: CatalogEndpoint[];
}

export type Interface = "public" | "internal" | "admin";

export interface EndpointQuery {
  serviceType: string;
  /** One interface, or a preference list tried in order. Default `public`. */
  interface?: string | readonly string[] | undefined;
  /** Exact, case-sensitive region name. Any region when absent. */
  region?: string | undefined;
  /** The URL the user logged in at: with no region asked, it names the region when it is one region's Keystone. */
  authUrl?: string | undefined;
}

/** `publicURL` (the v2 catalog spelling) and `public` mean the same. */
function normalizeInterface(name: string): string {
  return name.replace(/URL$/, "");
}

function regionOf(endpoint: CatalogEndpoint): string | undefined {
  const region = endpoint.region_id ?? endpoint.region;
  return typeof region === "string" ? region : undefined;
}

/**
 * The well-formed part of a catalog: services with a type and endpoints, endpoints with a URL
 * and an interface. A token's catalog is the server's JSON as it came; one bad entry must not
 * break every call.
 */
export function wellFormed(catalog: readonly CatalogService[]): CatalogService[] {
  if (!Array.isArray(catalog)) return [];
  return catalog.flatMap((service: Partial<CatalogService> | null) => {
    if (
      typeof service !== "object" ||
      service === null ||
      typeof service.type !== "string" ||
      !Array.isArray(service.endpoints)
    )
      return [];
    const endpoints = service.endpoints.filter(
      (e: Partial<CatalogEndpoint> | null) =>
        typeof e === "object" && e !== null && typeof e.url === "string" && typeof e.interface === "string",
    );
    return [{ ...service, type: service.type, endpoints }];
  });
}

/**
 * Picks the endpoint URL for a service from a token's catalog: the official type before
 * its aliases, then interfaces in preference order, then the region (exact match).
 *
 * With no region asked, a service offered for that interface in several regions (OVH and
 * other public clouds list one endpoint per region) is an {@link AmbiguousEndpointError}:
 * the first in catalog order is not a choice the user made, and calls going to another
 * continent in silence is worse than an error that says how to choose. Endpoints that
 * repeat one region, or one URL, are not a choice: the first is taken. One choice the user
 * did make counts: an auth URL that is the identity endpoint of exactly one region (each
 * region with its own Keystone) names that region. A Keystone shared by every region (as
 * OVH's is) names none, and the error stands.
 */
export function selectEndpoint(given: readonly CatalogService[], query: EndpointQuery): string {
  const catalog = wellFormed(given);
  const interfaces = [query.interface ?? "public"].flat().map(normalizeInterface);
  for (const type of serviceTypeCandidates(query.serviceType)) {
    const endpoints = catalog.filter((service) => service.type === type).flatMap((service) => service.endpoints);
    for (const wanted of interfaces) {
      const matches = endpoints.filter(
        (endpoint) =>
          normalizeInterface(endpoint.interface) === wanted &&
          (query.region === undefined || regionOf(endpoint) === query.region),
      );
      if (matches.length === 0) continue;
      return query.region === undefined ? oneRegion(matches, catalog, query, wanted) : matches[0]!.url;
    }
  }
  throw new EndpointNotFoundError(describeMiss(catalog, query, interfaces));
}

/** The URL of the one region offering `matches`, or of the auth URL's region; several others are an error. */
function oneRegion(
  matches: readonly CatalogEndpoint[],
  catalog: readonly CatalogService[],
  { serviceType, authUrl }: EndpointQuery,
  iface: string,
): string {
  // The first URL of each region, in catalog order ("" for an endpoint without a region).
  const byRegion = new Map<string, string>();
  for (const endpoint of matches) {
    const region = regionOf(endpoint) ?? "";
    if (!byRegion.has(region)) byRegion.set(region, endpoint.url);
  }
  if (new Set(byRegion.values()).size < 2) return matches[0]!.url;
  const loggedIn = authUrl === undefined ? undefined : regionOfKeystone(catalog, authUrl, iface);
  if (loggedIn !== undefined && byRegion.has(loggedIn)) return byRegion.get(loggedIn)!;
  const listed = [...byRegion].map(([region, url]) => `${region || "no region"} (${url})`).join(", ");
  throw new AmbiguousEndpointError(
    `'${serviceType}' (${iface}) is in ${byRegion.size} regions of the catalog and none was chosen: ${listed}. ` +
      "Choose one with regionName, or region_name in clouds.yaml, or OS_REGION_NAME.",
    [...byRegion.keys()].filter(Boolean),
  );
}

/** The region whose identity endpoint, at this interface, is `authUrl` (version or not); none if several or none are. */
function regionOfKeystone(catalog: readonly CatalogService[], authUrl: string, iface: string): string | undefined {
  const root = unversioned(authUrl);
  const regions = new Set(
    catalog
      .filter((service) => service.type === "identity")
      .flatMap((service) => service.endpoints)
      .filter((e) => normalizeInterface(e.interface) === iface && unversioned(e.url) === root)
      .map((e) => regionOf(e) ?? ""),
  );
  return regions.size === 1 ? [...regions][0] : undefined;
}

const unversioned = (url: string) => url.replace(/\/+$/, "").replace(/\/v(2\.0|3)$/, "");

function describeMiss(catalog: readonly CatalogService[], query: EndpointQuery, interfaces: string[]): string {
  const where = query.region === undefined ? "" : ` in region '${query.region}'`;
  const asked = `No '${query.serviceType}' endpoint with interface ${interfaces.join(" or ")}${where}.`;
  if (catalog.length === 0)
    return `${asked} The token has no catalog (unscoped, or an auth type without one): set an endpoint override.`;
  const offered = catalog
    .map((service) => {
      const places = service.endpoints.map((e) => `${normalizeInterface(e.interface)}@${regionOf(e) ?? "any region"}`);
      return `${service.type} (${[...new Set(places)].join(", ")})`;
    })
    .join("; ");
  const regions = [...new Set(catalog.flatMap((s) => s.endpoints.map(regionOf)).filter(Boolean))];
  const hint =
    query.region !== undefined && !regions.includes(query.region)
      ? ` Region names are case-sensitive; known regions: ${regions.join(", ") || "none"}.`
      : "";
  return `${asked}${hint} The catalog offers: ${offered}.`;
}

/** Fills `%(project_id)s`, `$(project_id)s` and the old `tenant_id` spellings, as Keystone and openstacksdk do. */
export function substituteProjectId(url: string, projectId: string | undefined): string {
  if (projectId === undefined) return url;
  return url.replace(/[%$]\((?:project_id|tenant_id)\)s/g, projectId);
}
