import { InvalidArgumentError } from "@openstack-ts/core";
import * as v from "valibot";

/** Nova's `links`: self and bookmark URLs of an item. */
export const Links = v.array(v.looseObject({ href: v.string(), rel: v.string(), type: v.optional(v.string()) }));

export const optionalString = v.optional(v.string());
export const nullableString = v.optional(v.nullable(v.string()));
export const optionalNumber = v.optional(v.number());

/**
 * An id that is an integer on older microversions and a UUID on newer ones (hypervisors,
 * services before 2.53; aggregates and migrations always): kept as a string, so the item
 * itself can be passed wherever an id is asked for.
 */
export const flexibleId = v.pipe(v.union([v.string(), v.number()]), v.transform(String));

/** Nova's filters on a time of change (ISO 8601): changed since, or before, that time. */
export const changeFilters = { "changes-since": v.string(), "changes-before": v.string() };

/** String-to-string metadata (servers, aggregates, images). */
export const Metadata = v.record(v.string(), v.string());

/** An id, or anything that carries one: what every argument naming a resource accepts. */
export type ComputeRef = string | { readonly id: string };

/** The id of an id-or-resource argument, for request bodies (paths use core's fillPath). */
export function idFrom(ref: ComputeRef, what: string): string {
  const id = typeof ref === "string" ? ref : ref?.id;
  if (typeof id !== "string" || id === "")
    throw new InvalidArgumentError(`${what} must be an id or a resource with an id, got ${JSON.stringify(ref)}`);
  return id;
}
