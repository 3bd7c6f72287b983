import { readFileSync } from "node:fs";
import type { orchestrationCloud } from "../fixtures.js";

/** The façade the cases call, as `orchestrationCloud().setup()` builds it. */
export type Facade = ReturnType<ReturnType<typeof orchestrationCloud>["setup"]>["facade"];
/** A sample's JSON: untyped, the cases pick their parts by the names the reference prints. */
export type Body = any;

/** A sample of this folder (a path under Heat's `api-ref/source/`), parsed. */
export const sample = (file: string): Body => JSON.parse(readFileSync(new URL(file, import.meta.url), "utf8"));

/**
 * A response sample and the call that reads it: what the call returns must be the sample,
 * every field kept (`key`: the part under it, for an envelope or a list). `answer` wraps the
 * sample where Heat's real answer differs from the reference (said in `differs`).
 */
export interface ResponseCase {
  file: string;
  call: (facade: Facade) => PromiseLike<unknown>;
  key?: string;
  answer?: (body: Body) => Body;
  differs?: string;
}

/**
 * A request sample: the call made with the sample's own values must send it, field for
 * field (`sent`: what is sent instead, where the SDK differs, said in `differs`). The
 * response sample it is answered with must come back (`key`: the part under it), or,
 * `unread`, is a 202's message body the call does not read.
 */
export interface RequestCase {
  file: string;
  call: (facade: Facade, request: Body) => PromiseLike<unknown>;
  response?: string;
  key?: string;
  unread?: true;
  sent?: (request: Body) => Body;
  differs?: string;
}
