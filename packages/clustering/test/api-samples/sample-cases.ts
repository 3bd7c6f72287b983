import {
  type RequestCase as Sent,
  type ResponseCase as Read,
  sampleFolder,
} from "../../../../test/support/api-samples.js";
import type { senlinCloud } from "../fixtures.js";

export type { Body } from "../../../../test/support/api-samples.js";
/** The façade the cases call, as `senlinCloud().setup()` builds it. */
export type Facade = ReturnType<ReturnType<typeof senlinCloud>["setup"]>["facade"];
export type RequestCase = Sent<Facade>;

/** The samples of this folder (paths under Senlin's `api-ref/source/samples/`). */
export const samples = sampleFolder(new URL(".", import.meta.url));
export const sample = samples.read;

/** A response case; without `key`, the call returns what the sample's one envelope holds. */
export interface ResponseCase extends Read<Facade> {
  /** The call answers the whole body (an operation's `{ action }`, an adoption preview). */
  whole?: boolean;
  /** The highest microversion the fake Senlin offers for this case. */
  max?: string;
}
