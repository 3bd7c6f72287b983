import {
  type Body,
  type RequestCase as Sent,
  type ResponseCase as Read,
  sampleFolder,
} from "../../../../test/support/api-samples.js";
import type { messageCloud } from "../fixtures.js";

export type { Body } from "../../../../test/support/api-samples.js";
/** The façade the cases call, as `messageCloud().setup()` builds it. */
export type Facade = ReturnType<ReturnType<typeof messageCloud>["setup"]>["facade"];

/** The samples of this folder (paths under Zaqar's `api-ref/source/`). */
export const samples = sampleFolder(new URL(".", import.meta.url));
export const sample = samples.read;

/**
 * A response sample and the call that reads it: what the call returns must be `expected`
 * of the sample (the sample whole, when not given), every field kept.
 */
export interface ResponseCase extends Read<Facade> {
  expected?: (body: Body) => unknown;
  /** The answer's status and headers, where the call reads more than the body (a claim's Location). */
  status?: number;
  headers?: Record<string, string>;
}

/**
 * A request sample: the call made with the sample's own values must send the sample, field
 * for field; `path` is the request it must be (method and path).
 */
export interface RequestCase extends Sent<Facade> {
  path: string;
  /** An answer that is no sample of its own (the pre-signed URL's, repaired). */
  answer?: () => Body;
}

/**
 * The pre-signed URL's response sample with the comma it lacks after its second path put
 * back: as printed it is not JSON (see SOURCE.md).
 */
export const repairedSignedUrl = (file: string): Body =>
  JSON.parse(samples.text(file).replace('"/v2/queues/test/claims"\n', '"/v2/queues/test/claims",\n'));
