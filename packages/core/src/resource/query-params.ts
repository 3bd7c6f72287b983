import * as v from "valibot";
import { InvalidArgumentError } from "../errors/sdk-errors.js";
import type { Filters, ResourceSchema } from "./resource-spec.js";

/** The API-WG tag filters: a list is one comma-separated value, not repeated parameters. */
const COMMA_SEPARATED = /^(not-)?tags(-any)?$/;

/**
 * Appends one declared query parameter, its value (or each of a list of values) checked
 * against its schema first: a flag (Keystone's, on when present whatever its value) is sent
 * bare for true and left out for false, a list is repeated (the tag filters: one
 * comma-separated value). `noun` names the kind of parameter in messages (`option`, `filter`).
 */
export function appendDeclared(
  params: URLSearchParams,
  what: string,
  noun: string,
  key: string,
  value: unknown,
  schema: v.GenericSchema,
  flag = false,
): void {
  if (value === undefined) return;
  const values: readonly unknown[] = Array.isArray(value) ? value : [value];
  for (const one of values) {
    const result = v.safeParse(schema, one);
    if (!result.success)
      throw new InvalidArgumentError(
        `${what} ${noun} '${key}' must be ${result.issues[0].expected ?? "something else"}, got ${JSON.stringify(one)}`,
      );
    if (!["string", "number", "boolean"].includes(typeof one))
      throw new InvalidArgumentError(`${what} ${noun} '${key}' must be a string, number or boolean, got ${typeof one}`);
  }
  if (flag) {
    // Keystone reads any value of these as "on", even "false": send the bare name or nothing.
    if (typeof value !== "boolean") throw new InvalidArgumentError(`${what} ${noun} '${key}' is a flag: true or false`);
    if (value) params.append(key, "");
    return;
  }
  if (COMMA_SEPARATED.test(key)) params.append(key, values.join(","));
  else for (const one of values) params.append(key, String(one));
}

/**
 * The query of a call on one item (a GET's `getQuery`, a DELETE's `deleteQuery`, an
 * update's `updateQuery`): each argument that is one of `declared`, checked against its
 * schema. The caller refuses any other option by name first.
 */
export function itemQueryOf(
  what: string,
  declared: Filters | undefined,
  flags: readonly string[] | undefined,
  args: Readonly<Record<string, unknown>>,
): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(args)) {
    const schema = declared && Object.hasOwn(declared, key) ? declared[key] : undefined;
    if (schema) appendDeclared(params, what, "option", key, value, schema, flags?.includes(key));
  }
  return params;
}

/**
 * The GET parameter that selects the fields of the answer (Neutron's and Ironic's `fields`):
 * an item fetched with it carries only the fields asked for.
 */
export const FIELD_SELECTION = "fields";

const partials = new WeakMap<ResourceSchema, v.GenericSchema>();

/** A resource's schema with every field optional, for an item of selected fields (made once per schema). */
export function selectedFieldsSchema(schema: ResourceSchema): v.GenericSchema {
  let partial = partials.get(schema);
  if (!partial) partials.set(schema, (partial = v.partial(schema)));
  return partial;
}
