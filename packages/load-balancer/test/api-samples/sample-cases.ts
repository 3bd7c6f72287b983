import {
  type Body,
  type RequestCase as Sent,
  type ResponseCase as Read,
  sampleFolder,
} from "../../../../test/support/api-samples.js";
import type { loadBalancerCloud } from "../fixtures.js";

export type { Body } from "../../../../test/support/api-samples.js";
/** The façade the cases call, as `loadBalancerCloud().setup()` builds it. */
export type Facade = ReturnType<ReturnType<typeof loadBalancerCloud>["setup"]>["facade"];
/** A request case: its call returns what the response sample's one envelope holds. */
export type RequestCase = Sent<Facade>;

/** The samples of this folder: files of Octavia's `api-ref/source/v2/examples/`. */
export const samples = sampleFolder(new URL("samples/", import.meta.url));
export const sample = samples.read;

/** A response case: what it returns must be the sample's `key` part, every field kept. */
export interface ResponseCase extends Read<Facade> {
  key: string;
}

/** A sample whose values the SDK refuses before sending (`why`: which field, of which wrong kind). */
export interface RefusedCase {
  file: string;
  call: (facade: Facade, request: Body) => PromiseLike<unknown>;
  why: string;
}
