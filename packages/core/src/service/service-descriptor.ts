import { officialServiceType } from "../catalog/service-types.js";

/** What core needs to know about a service to reach it. Declared once per service package. */
export interface ServiceDescriptor {
  /** Official service type, as in the service-types authority: `network`, `block-storage`. */
  readonly type: string;
  /** The major API version the package speaks, e.g. `2` (compute), `3` (identity). */
  readonly version?: string;
  /** False for services without version documents (Swift). Default true. */
  readonly discovery?: boolean;
  /** Microversion header: the service's name in it, and the legacy header some services still read. */
  readonly microversion?: { readonly name: string; readonly legacyHeader?: string };
}

/** How services name themselves in `OpenStack-API-Version`, where it is not their type. */
const headerNames: Record<string, string> = { "block-storage": "volume" };

/**
 * A descriptor for a catalog service no package knows: no discovery, paths relative to the
 * catalog URL, and a microversion only when a call passes one.
 */
export function rawDescriptor(type: string): ServiceDescriptor {
  const official = officialServiceType(type);
  return { type, discovery: false, microversion: { name: headerNames[official] ?? official } };
}
