import {
  type RequestCase as Sent,
  type ResponseCase as Read,
  sampleFolder,
} from "../../../../test/support/api-samples.js";
import type { orchestrationCloud } from "../fixtures.js";

export type { Body } from "../../../../test/support/api-samples.js";
import type { Body } from "../../../../test/support/api-samples.js";
/** The façade the cases call, as `orchestrationCloud().setup()` builds it. */
export type Facade = ReturnType<ReturnType<typeof orchestrationCloud>["setup"]>["facade"];

/** The samples of this folder (paths under Heat's `api-ref/source/`). */
export const samples = sampleFolder(new URL(".", import.meta.url));
export const sample = samples.read;

/** `answer` wraps the sample where Heat's real answer differs from the reference (said in `differs`). */
export interface ResponseCase extends Read<Facade> {
  answer?: (body: Body) => Body;
}

/**
 * The response sample a request case is answered with must come back (`key`: the part under
 * it), or, `unread`, is a 202's message body the call does not read.
 */
export interface RequestCase extends Sent<Facade> {
  key?: string;
  unread?: true;
}
