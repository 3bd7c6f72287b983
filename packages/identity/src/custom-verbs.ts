import type { Resource, ResourceSpec } from "@openstack-ts/core";

type VerbName = "list" | "get" | "find" | "create" | "update" | "delete" | "waitFor" | "waitForDelete";

/** The verbs of a definition that a package may replace: same names, same types. */
export type VerbOverrides<D extends ResourceSpec> = Partial<Pick<Resource<D>, Extract<keyof Resource<D>, VerbName>>>;

/**
 * A resource definition with some of its verbs replaced by this package's own functions,
 * for the few calls where Keystone departs from what core's generic verbs send: a create
 * by PUT at the item's own URL (federation), a create that takes a list (unified limits),
 * a token named in a header instead of the path. The façade and tree-shaking users both
 * call a verb through the definition object, so `createIdentityProvider` reaches the
 * replacement, and its type is still the one derived from the declaration. The original
 * definition is left as it was.
 */
/* @__NO_SIDE_EFFECTS__ */
export function withVerbs<D extends ResourceSpec>(resource: Resource<D>, verbs: VerbOverrides<D>): Resource<D> {
  return Object.assign(
    Object.create(Object.getPrototypeOf(resource) as object) as object,
    resource,
    verbs,
  ) as Resource<D>;
}
