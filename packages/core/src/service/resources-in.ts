import type { ResourceSpec } from "../resource/resource-spec.js";

/** The resource definitions among a module's exports, by export name. */
export type ResourcesIn<M> = { readonly [K in keyof M as M[K] extends ResourceSpec ? K : never]: M[K] };

/**
 * The resource definitions among a module's exports (`import * as exported from
 * "./resources.js"`), leaving out the schemas and types exported beside them. A service
 * definition built from its package's resources module cannot miss one: exporting a
 * resource is what puts it on the façade.
 */
/* @__NO_SIDE_EFFECTS__ */
export function resourcesIn<const M extends object>(exports: M): ResourcesIn<M> {
  const found: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(exports)) if (isResource(value)) found[name] = value;
  return found as ResourcesIn<M>;
}

const isResource = (value: unknown): value is ResourceSpec =>
  typeof value === "object" &&
  value !== null &&
  Array.isArray((value as ResourceSpec).verbs) &&
  typeof (value as ResourceSpec).path === "string";
