import { type Body, type RequestCase as Sent, sampleFolder } from "../../../../test/support/api-samples.js";
import type { identityCloud } from "../fixtures.js";

export type { Body } from "../../../../test/support/api-samples.js";
/** The façade the cases call, as `identityCloud().setup()` builds it. */
export type Facade = ReturnType<ReturnType<typeof identityCloud>["setup"]>["facade"];

/** The samples of this folder (paths under Keystone's `api-ref/source/`). */
export const samples = sampleFolder(new URL(".", import.meta.url));
export const sample = samples.read;

/**
 * A response sample, the call that reads it (`get`, `list`, or an action answering JSON),
 * and what the call must return: the sample's item or items, every field kept.
 */
export interface ResponseCase {
  file: string;
  verb: "get" | "list" | "action";
  call: (facade: Facade) => PromiseLike<unknown>;
  expected: (body: Body) => unknown;
}

/**
 * A request sample: the call made with the sample's own fields, what it must send (the
 * sample itself, unless `sent` says otherwise, and then `differs` says why), and the
 * response sample the fake answers it with, which must come back whole.
 */
export interface RequestCase extends Sent<Facade> {
  expected?: (response: Body) => unknown;
}

/** A response sample read by a call whose answer is the item under `key`. */
export const get = (file: string, key: string, call: ResponseCase["call"]): ResponseCase => ({
  file,
  verb: "get",
  call,
  expected: (body) => body[key],
});

/** A response sample read by a list: the items under `key`. */
export const list = (file: string, key: string, call: ResponseCase["call"]): ResponseCase => ({
  file,
  verb: "list",
  call,
  expected: (body) => body[key],
});

/** A response sample answered as it is by an action that returns the body. */
export const whole = (file: string, call: ResponseCase["call"]): ResponseCase => ({
  file,
  verb: "action",
  call,
  expected: (body) => body,
});
