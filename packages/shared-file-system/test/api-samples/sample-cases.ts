import { type ResponseCase as Read, sampleFolder } from "../../../../test/support/api-samples.js";
import type { manilaCloud } from "../fixtures.js";

export type { Body } from "../../../../test/support/api-samples.js";
/** The façade the cases call, as `manilaCloud().setup()` builds it. */
export type Facade = ReturnType<ReturnType<typeof manilaCloud>["setup"]>["facade"];

/**
 * A response sample and the call that reads it (under `key`, when the call unwraps an
 * envelope). `differs` names a sample that cannot be read as printed, and why; the test then
 * expects the call to refuse it.
 */
export type ResponseCase = Read<Facade>;

/** The samples of this folder: files of Manila's `api-ref/source/samples/`. */
export const samples = sampleFolder(new URL("samples/", import.meta.url));
export const sample = samples.read;

/** The id every case's item URL uses: the fake answers the sample whatever the path. */
export const ID = "011d21e2-fbc3-4e4a-9993-9ea223f73264";
export const share = ID;
/** Lists read whole: every sample's items on one page. */
export const many = { maxItems: 1000 };
