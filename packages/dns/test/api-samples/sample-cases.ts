import { readFileSync } from "node:fs";
import type { dnsCloud } from "../fixtures.js";

/** The façade the cases call, as `dnsCloud().setup()` builds it. */
export type Facade = ReturnType<ReturnType<typeof dnsCloud>["setup"]>["facade"];
/** A sample's JSON: untyped, the cases pick their parts by the names the reference prints. */
export type Body = any;

/** A sample of this folder (a path under Designate's `api-ref/source/`), parsed. */
export const sample = (file: string): Body => JSON.parse(readFileSync(new URL(file, import.meta.url), "utf8"));

/**
 * A response sample and the call that reads it: what the call returns must be the sample
 * (the items under `key`, for a list; `key` alone, for an action that unwraps it), every
 * field kept.
 */
export interface ResponseCase {
  file: string;
  call: (facade: Facade) => PromiseLike<unknown>;
  key?: string;
}

/**
 * A request sample: the call made with the sample's own values must send the sample, field
 * for field (unless `sent` says otherwise, and then `differs` says why); the response
 * sample it is answered with, if any, must come back whole.
 */
export interface RequestCase {
  file: string;
  call: (facade: Facade, request: Body) => PromiseLike<unknown>;
  response?: string;
  sent?: (request: Body) => unknown;
  differs?: string;
}
