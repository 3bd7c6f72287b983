import {
  type RequestCase as Sent,
  type ResponseCase as Read,
  sampleFolder,
} from "../../../../test/support/api-samples.js";
import type { haCloud } from "../fixtures.js";

export type { Body } from "../../../../test/support/api-samples.js";
/** The façade the cases call, as `haCloud().setup()` builds it. */
export type Facade = ReturnType<ReturnType<typeof haCloud>["setup"]>["facade"];
export type RequestCase = Sent<Facade>;

/** The samples of this folder (paths under Masakari's `api-ref/source/`). */
export const samples = sampleFolder(new URL(".", import.meta.url));
export const sample = samples.read;

/** A response case; without `key`, the call returns what the sample's one envelope holds. */
export interface ResponseCase extends Read<Facade> {
  /** The highest microversion the fake Masakari offers for this case (VM moves need 1.3). */
  max?: string;
}
