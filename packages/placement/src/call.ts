import { compareMicroversions } from "@openstack-ts/core";

/** A resource provider by its uuid, or the provider itself. */
export type ProviderRef = string | { readonly uuid: string };

/** The higher of two microversions (`undefined` is lower than any). */
export function higher(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return compareMicroversions(a, b) >= 0 ? a : b;
}
