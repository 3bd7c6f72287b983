import {
  type RequestCase as Sent,
  type ResponseCase as Read,
  sampleFolder,
} from "../../../../test/support/api-samples.js";
import type { magnumCloud } from "../fixtures.js";

export type { Body } from "../../../../test/support/api-samples.js";
/** The façade the cases call, as `magnumCloud().setup()` builds it. */
export type Facade = ReturnType<ReturnType<typeof magnumCloud>["setup"]>["facade"];
export type ResponseCase = Read<Facade>;

/**
 * The samples of this folder. Two request samples (cluster-resize-req.json,
 * cluster-upgrade-req.json) hold an ideographic space (U+3000) after a colon, which no JSON
 * parser takes: it is read as the space it stands for. The files stay as the reference has them.
 */
export const samples = sampleFolder(new URL(".", import.meta.url), (text) => text.replaceAll("\u3000", " "));
export const sample = samples.read;

/**
 * A request case; a call that reads the item after writing it (a cluster's create and update:
 * Magnum answers only the uuid) is answered with `fetched`, and must return it whole.
 */
export interface RequestCase extends Sent<Facade> {
  fetched?: string;
}

/** A sample for an API this package does not declare, and why. */
export interface Uncovered {
  file: string;
  why: string;
}
