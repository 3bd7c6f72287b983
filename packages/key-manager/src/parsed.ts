import { parseItem } from "@openstack-ts/core";
import type * as v from "valibot";

/** An answer checked against its schema: a mismatch is a ResponseValidationError naming the field and URL. */
export function parsed<S extends v.GenericSchema>(
  schema: S,
  body: unknown,
  url: string,
  where = "body",
): v.InferOutput<S> {
  return parseItem<v.InferOutput<S>>(schema, body, url, where);
}
