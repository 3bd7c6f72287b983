import { sampleFolder } from "../../../../test/support/api-samples.js";

/** The samples of this folder: files of Trove's `api-ref/source/samples/`. */
export const samples = sampleFolder(new URL("samples/", import.meta.url));
export const sample = samples.read;
