import {
  type RequestCase as Sent,
  type ResponseCase as Read,
  sampleFolder,
} from "../../../../test/support/api-samples.js";
import type { ironicCloud } from "../fixtures.js";

export type { Body } from "../../../../test/support/api-samples.js";
/** The façade the cases call, as `ironicCloud().setup()` builds it. */
export type Facade = ReturnType<ReturnType<typeof ironicCloud>["setup"]>["facade"];
export type ResponseCase = Read<Facade>;
export type RequestCase = Sent<Facade>;

/** The samples of this folder (files of Ironic's `api-ref/source/samples/`). */
export const samples = sampleFolder(new URL(".", import.meta.url));
export const sample = samples.read;
