import {
  type RequestCase as Sent,
  type ResponseCase as Read,
  sampleFolder,
} from "../../../../test/support/api-samples.js";
import type { placementCloud } from "../fixtures.js";

export type { Body } from "../../../../test/support/api-samples.js";
/** The façade the cases call, as `placementCloud().setup()` builds it. */
export type Facade = ReturnType<ReturnType<typeof placementCloud>["setup"]>["facade"];

/** The samples of this folder (paths under Placement's `api-ref/source/`). */
export const samples = sampleFolder(new URL(".", import.meta.url));
export const sample = samples.read;

/**
 * A response case at the microversion its sample was written for: the fake Placement offers
 * at most that one, so the SDK asks for it.
 */
export interface ResponseCase extends Read<Facade> {
  microversion: string;
}

/** A request case at its sample's microversion: the write must be sent at it. */
export interface RequestCase extends Sent<Facade> {
  microversion: string;
}

/** A sample of a microversion the SDK does not speak for its call: refused before sending, and why. */
export interface UnspokenCase {
  file: string;
  microversion: string;
  call: (facade: Facade) => PromiseLike<unknown>;
  why: string;
}
