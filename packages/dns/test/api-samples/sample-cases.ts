import {
  type RequestCase as Sent,
  type ResponseCase as Read,
  sampleFolder,
} from "../../../../test/support/api-samples.js";
import type { dnsCloud } from "../fixtures.js";

export type { Body } from "../../../../test/support/api-samples.js";
/** The façade the cases call, as `dnsCloud().setup()` builds it. */
export type Facade = ReturnType<ReturnType<typeof dnsCloud>["setup"]>["facade"];
export type ResponseCase = Read<Facade>;
export type RequestCase = Sent<Facade>;

/** The samples of this folder (paths under Designate's `api-ref/source/`). */
export const samples = sampleFolder(new URL(".", import.meta.url));
export const sample = samples.read;
