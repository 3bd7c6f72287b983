import * as v from "valibot";
import { ResponseValidationError } from "../errors/response-validation-error.js";
import { fastCheckOf } from "./fast-check.js";
import { markPartial } from "./partial.js";
import type { Logger } from "../log/logger.js";

/**
 * Checks one item against its schema; a mismatch names the field (under `where`, when
 * given: `server.adminPass`) and the URL. `index`, for
 * an item of a list, is appended to `where` only when there is something to report: a list
 * of 100,000 items should not build 100,000 names.
 */
export function parseItem<T>(schema: v.GenericSchema, value: unknown, url: string, where: string, index?: number): T {
  const result = check(schema, value);
  if (result.success) return result.output as T;
  throw mismatch(result.issue, url, where, index);
}

/** A resource's shapes (or a custom list's: any schema). */
type RecordShape = { readonly schema: v.GenericSchema; readonly partial?: v.GenericSchema | undefined };

/**
 * One record of a resource: an item of its schema, or, where the resource declares a
 * `partial` shape, a partial record (marked, see partial.ts). A record that is neither is
 * reported against the full schema, whose fields are the ones a reader expects.
 */
export function parseRecord<T>(
  spec: RecordShape,
  value: unknown,
  url: string,
  where: string,
  index?: number,
  inner?: string,
): T {
  const result = check(spec.schema, value);
  if (result.success) return result.output as T;
  if (spec.partial) {
    const partial = check(spec.partial, value);
    if (partial.success) return markPartial(partial.output as object) as T;
  }
  throw mismatch(result.issue, url, where, index, inner);
}

/**
 * One item of a list. An item that does not validate does not fail the list: it is
 * returned as the server sent it, once `onInvalid` has heard why (the error names the
 * item's index in its page, the field and the page's URL). `onInvalid` may throw, which
 * ends the walk with that error instead.
 */
export function parseListItem<T>(
  spec: RecordShape & { readonly pluralKey?: string | undefined; readonly listItemKey?: string | undefined },
  raw: unknown,
  url: string,
  index: number,
  onInvalid: (error: ResponseValidationError, raw: unknown) => void,
): T {
  // An item without its own envelope (Nova's keypairs) is checked as missing: `keypairs.3.keypair`.
  const value = spec.listItemKey ? (raw as Record<string, unknown> | null)?.[spec.listItemKey] : raw;
  try {
    return parseRecord<T>(spec, value, url, spec.pluralKey ?? "body", index, spec.listItemKey);
  } catch (error) {
    if (!(error instanceof ResponseValidationError)) throw error;
    onInvalid(error, value ?? raw);
    return (value ?? raw) as T;
  }
}

/**
 * What a list does with an item that does not validate: a warning through the session's
 * logger (the error's message: the item's index in its page, the field and the URL), then
 * the caller's `onInvalidItem`, which may throw to end the walk.
 */
export function invalidItemReporter(
  logger: Logger | undefined,
  what: string,
  onInvalidItem: ((error: ResponseValidationError, raw: unknown) => void) | undefined,
): (error: ResponseValidationError, raw: unknown) => void {
  return (error, raw) => {
    logger?.warn?.(`${what} kept an item that does not match its schema: ${error.message}`);
    onInvalidItem?.(error, raw);
  };
}

type Checked = { success: true; output: unknown } | { success: false; issue: v.BaseIssue<unknown> };

function check(schema: v.GenericSchema, value: unknown): Checked {
  // Valid data of a schema without transforms comes back as it is (see fast-check.ts): a
  // copy would be the same object, at several times the cost of JSON.parse.
  if (fastCheckOf(schema)?.(value)) return { success: true, output: value };
  const result = v.safeParse(schema, value);
  return result.success ? { success: true, output: result.output } : { success: false, issue: result.issues[0] };
}

/** The error of a mismatch; `where`, `index` and `inner` (an item's own envelope) lead the field's path. */
function mismatch(
  issue: v.BaseIssue<unknown>,
  url: string,
  where: string,
  index?: number,
  inner?: string,
): ResponseValidationError {
  if (index !== undefined) where = `${where}.${index}`;
  if (inner !== undefined) where = `${where}.${inner}`;
  const path = issue.path?.map((item) => String(item.key)).join(".") ?? "";
  return new ResponseValidationError({
    url,
    field: path && where ? `${where}.${path}` : path || where,
    problem: `is ${issue.received}, expected ${issue.expected ?? "something else"}`,
  });
}

/** `body[key]` (or the body, for APIs without envelopes), or a clear error when the envelope is not what the API promises. */
export function unwrap(body: unknown, key: string | undefined, url: string): unknown {
  if (key === undefined) return body;
  if (typeof body === "object" && body !== null && key in body) return (body as Record<string, unknown>)[key];
  throw new ResponseValidationError({ url, field: key, problem: "is missing from the response" });
}
