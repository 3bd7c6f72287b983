import { runAction, type SessionOrClient } from "@openstack-ts/core";
import type * as v from "valibot";
import { containerInfrastructureManagementService as service } from "./descriptor.js";
import { JSON_PATCH, MAGNUM_MAX } from "./shared.js";

/**
 * Magnum's JSON patch: `replace` for a field given a value, `remove` for one given `null`.
 * Magnum refuses RFC 6902's `add` on any attribute its items have ("has existed, please use
 * 'replace'"), and every declared attribute is there, set or not, so core's update (which
 * sends `add`) cannot change a Magnum item.
 */
export function magnumPatch(fields: object) {
  return Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([field, value]) =>
      value === null
        ? { op: "remove", path: `/${field.replace(/~/g, "~0").replace(/\//g, "~1")}` }
        : { op: "replace", path: `/${field.replace(/~/g, "~0").replace(/\//g, "~1")}`, value },
    );
}

/** Sends a Magnum patch to `path` and parses the answer with `schema`. */
export async function sendPatch<S extends v.GenericSchema>(
  name: string,
  target: SessionOrClient,
  path: string,
  args: Readonly<Record<string, unknown>>,
  fields: object,
  schema: S,
  readOnly: readonly string[],
  signal: AbortSignal | undefined,
): Promise<v.InferOutput<S>> {
  const refused = Object.keys(fields).filter((k) => readOnly.includes(k));
  if (refused.length > 0)
    throw new TypeError(`${name}: ${refused.join(", ")} cannot be changed (only Magnum sets them)`);
  const operations = magnumPatch(fields);
  if (operations.length === 0) throw new TypeError(`${name}: nothing to change`);
  const spec = {
    method: "PATCH",
    path,
    idField: "uuid",
    body: () => operations,
    contentType: JSON_PATCH,
    returns: "json",
    schema,
    maxMicroversion: MAGNUM_MAX,
  } as const;
  return (await runAction(service, name, spec, target, args, { signal })) as v.InferOutput<S>;
}
