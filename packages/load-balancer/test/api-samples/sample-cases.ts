import { readFileSync } from "node:fs";
import type { loadBalancerCloud } from "../fixtures.js";

/** The façade the cases call, as `loadBalancerCloud().setup()` builds it. */
export type Facade = ReturnType<ReturnType<typeof loadBalancerCloud>["setup"]>["facade"];
/** A sample's JSON: untyped, the cases pick their parts by the names the reference prints. */
export type Body = any;

/** A sample of this folder, parsed. */
export const sample = (file: string): Body =>
  JSON.parse(readFileSync(new URL(`samples/${file}`, import.meta.url), "utf8"));

/** A response sample and the call that reads it: what it returns must be the sample's `key` part, every field kept. */
export interface ResponseCase {
  file: string;
  call: (facade: Facade) => PromiseLike<unknown>;
  /** The envelope key the call takes its answer out of. */
  key: string;
}

/**
 * A request sample: the call made with the sample's own values must send the sample,
 * field for field; the response sample it is answered with (if the reference prints one)
 * must come back whole, out of its envelope.
 */
export interface RequestCase {
  file: string;
  call: (facade: Facade, request: Body) => PromiseLike<unknown>;
  response?: string;
}

/** A request sample the SDK refuses before sending, and why (a field of the wrong kind). */
export interface RefusedCase {
  file: string;
  call: (facade: Facade, request: Body) => PromiseLike<unknown>;
  why: string;
}
