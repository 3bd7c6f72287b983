import * as v from "valibot";
import { ResponseValidationError } from "../errors/response-validation-error.js";
import { fastCheckOf } from "./fast-check.js";

/**
 * Checks one item against its schema; a mismatch names the field (under `where`, when
 * given: `server.adminPass`) and the URL. `index`, for
 * an item of a list, is appended to `where` only when there is something to report: a list
 * of 100,000 items should not build 100,000 names.
 */
export function parseItem<T>(schema: v.GenericSchema, value: unknown, url: string, where: string, index?: number): T {
  // Valid data of a schema without transforms comes back as it is (see fast-check.ts): a
  // copy would be the same object, at several times the cost of JSON.parse.
  if (fastCheckOf(schema)?.(value)) return value as T;
  const result = v.safeParse(schema, value);
  if (result.success) return result.output as T;
  const issue = result.issues[0];
  if (index !== undefined) where = `${where}.${index}`;
  const path = issue.path?.map((item) => String(item.key)).join(".") ?? "";
  throw new ResponseValidationError({
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
