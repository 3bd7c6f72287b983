import type * as v from "valibot";
import { officialServiceType } from "../catalog/service-types.js";
import type { Session } from "../session/session.js";

/** A request header a service reads on any call, taken as a call option: its name on the wire, and the schema of its value. */
export interface CallHeader {
  readonly header: string;
  /** Checked before any request; the (parsed) value is sent as text (`true`, a project id). */
  readonly value: v.GenericSchema;
}

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
  /**
   * Headers every call of the service's resources takes as an option, by option name
   * (Designate's `allProjects` → `X-Auth-All-Projects`): typed, checked and sent by every
   * verb and action. Names must not be those of a resource's own options (the service's tests run checkCallHeaderNames).
   */
  readonly callHeaders?: Readonly<Record<string, CallHeader>>;
  /**
   * Headers every request of the service carries, made once per session by the service's
   * package (Zaqar's `Client-ID`, a UUID the session keeps, and `X-Project-ID`). A call's
   * own headers (its header options) come after them, so a call may give its own value.
   */
  readonly sessionHeaders?: (session: Session, signal?: AbortSignal) => Promise<Readonly<Record<string, string>>>;
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
