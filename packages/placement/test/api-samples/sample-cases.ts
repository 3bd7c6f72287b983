import { readFileSync } from "node:fs";
import type { placementCloud } from "../fixtures.js";

/** The façade the cases call, as `placementCloud().setup()` builds it. */
export type Facade = ReturnType<ReturnType<typeof placementCloud>["setup"]>["facade"];
/** A sample's JSON: untyped, the cases pick their parts by the names the reference prints. */
export type Body = any;

/** A sample of this folder (a path under Placement's `api-ref/source/`), parsed. */
export const sample = (file: string): Body => JSON.parse(readFileSync(new URL(file, import.meta.url), "utf8"));

/**
 * A response sample, the microversion it was written for (the fake Placement offers at most
 * that one, so the SDK asks for it), and the call that reads it: what the call returns must
 * be the sample, every field kept (`key`: the items under it, for a list).
 */
export interface ResponseCase {
  file: string;
  microversion: string;
  call: (facade: Facade) => PromiseLike<unknown>;
  key?: string;
}

/**
 * A request sample and the microversion it was written for: the call made with the
 * sample's own values must send that microversion and the sample, field for field; the
 * response sample it is answered with (if the reference prints one) must come back whole.
 */
export interface RequestCase {
  file: string;
  microversion: string;
  call: (facade: Facade, request: Body) => PromiseLike<unknown>;
  response?: string;
}

/**
 * A sample of a microversion the SDK does not speak for that call: with the fake Placement
 * offering at most that microversion, the call must refuse before sending anything.
 */
export interface UnspokenCase {
  file: string;
  microversion: string;
  call: (facade: Facade) => PromiseLike<unknown>;
  why: string;
}
