import { readFileSync } from "node:fs";
import type { identityCloud } from "../fixtures.js";

/** The façade the cases call, as `identityCloud().setup()` builds it. */
export type Facade = ReturnType<ReturnType<typeof identityCloud>["setup"]>["facade"];
/** A sample's JSON: untyped, the cases pick their parts by the names the reference prints. */
export type Body = any;

/** A sample file of this folder (a path under Keystone's `api-ref/source/`), as text. */
export const sampleText = (file: string): string => readFileSync(new URL(file, import.meta.url), "utf8");

/** A sample file, parsed. */
export const sample = (file: string): Body => JSON.parse(sampleText(file));

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
export interface RequestCase {
  file: string;
  response?: string;
  call: (facade: Facade, request: Body) => PromiseLike<unknown>;
  expected?: (response: Body) => unknown;
  sent?: (request: Body) => unknown;
  differs?: string;
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
