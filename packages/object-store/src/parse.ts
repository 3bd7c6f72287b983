import { ResponseValidationError } from "@openstack-ts/core";
import * as v from "valibot";

/** Checks a response body (or one item of it) against its schema; a mismatch names the field and the URL. */
export function parseBody<S extends v.GenericSchema>(schema: S, body: unknown, url: string, where: string): v.InferOutput<S> {
  const result = v.safeParse(schema, body);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = issue.path?.map((item) => String(item.key)).join(".") ?? "";
  throw new ResponseValidationError({ url, field: path ? `${where}.${path}` : where, problem: `is ${issue.received}, expected ${issue.expected ?? "something else"}` });
}
