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

/** A descriptor for a catalog service no package knows: no discovery, raw requests only. */
export function rawDescriptor(type: string): ServiceDescriptor {
  return { type, discovery: false };
}
