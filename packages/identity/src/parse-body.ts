import { ResponseValidationError, type ResourceSchema } from "@openstack-ts/core";
import * as v from "valibot";

// The calls this package sends itself check their responses as core's verbs do, with the
// same error naming the field and the URL.

/** `body[key]`, or a clear error when the envelope is missing. */
export function unwrap(body: unknown, key: string, url: string): unknown {
  if (typeof body === "object" && body !== null && key in body) return (body as Record<string, unknown>)[key];
  throw new ResponseValidationError({ url, field: key, problem: "is missing from the response" });
}

/** One item checked against its schema; `where` names it in the error (`limits.0`). */
export function parseItem<T>(schema: ResourceSchema, value: unknown, url: string, where: string): T {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output as T;
  const issue = result.issues[0];
  const path = issue.path?.map((item) => String(item.key)).join(".");
  throw new ResponseValidationError({ url, field: path ? `${where}.${path}` : where, problem: `is ${issue.received}, expected ${issue.expected ?? "something else"}` });
}
