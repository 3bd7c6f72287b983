import { deferredWalker, ListResult, type ResourceSpec } from "@openstack-ts/core";
import { idInRef, idOfRef, type RefKind } from "./ref.js";

type Args = Record<string, unknown> | undefined;
type Verb = (this: unknown, target: unknown, ...rest: unknown[]) => unknown;

/**
 * A resource whose verbs also take Barbican's references: wherever an item (or a parent in
 * the path) is named, a `secret_ref`/`container_ref`/`order_ref` URL, an id or the item
 * itself, each turned into the id before core builds the URL. The resource is otherwise the same
 * object (its prototype), so its declaration stays data and its verbs stay core's.
 */
export function acceptingRefs<R extends ResourceSpec>(
  resource: R,
  kind: RefKind | undefined,
  parents: Readonly<Record<string, RefKind>> = {},
): R {
  const base = resource as unknown as Record<string, Verb>;
  const item = (ref: unknown, what: string) =>
    kind === undefined || (typeof ref === "object" && ref !== null && "id" in ref) ? ref : idOfRef(kind, ref, what);
  const withParents = (args: Args): Args => {
    if (args === undefined) return args;
    const out = { ...args };
    for (const [name, parentKind] of Object.entries(parents)) {
      if (out[name] !== undefined) out[name] = idOfRef(parentKind, out[name], `${resource.plural}: ${name}`);
    }
    return out;
  };
  const wrapped: Record<string, Verb> = {};
  for (const verb of ["get", "delete", "waitFor", "waitForDelete", "update"] as const) {
    if (typeof base[verb] !== "function") continue;
    // A bad reference is refused like core refuses a bad id: a rejected promise, no request.
    wrapped[verb] = function (target, ref, ...rest) {
      try {
        const options = rest.at(-1) as Args;
        const args = rest.length > 0 ? [...rest.slice(0, -1), withParents(options)] : rest;
        return base[verb]!.call(this, target, item(ref, `${verb}${resource.singular}`), ...args);
      } catch (error) {
        return Promise.reject(error);
      }
    };
  }
  if (typeof base["list"] === "function") {
    wrapped["list"] = function (target, query, options) {
      let parentsGiven: Args;
      try {
        parentsGiven = withParents(query as Args);
      } catch (error) {
        // Lazy like core's list: the refusal comes when the list is awaited or walked.
        return new ListResult(() => deferredWalker(() => Promise.reject(error)));
      }
      return base["list"]!.call(this, target, parentsGiven, options);
    };
  }
  if (typeof base["find"] === "function") {
    // A reference is found by its id; core's find would take a URL for a name.
    wrapped["find"] = function (target, nameOrId, options) {
      try {
        const id = kind !== undefined && typeof nameOrId === "string" ? idInRef(kind, nameOrId) : undefined;
        return base["find"]!.call(this, target, id ?? nameOrId, withParents(options as Args));
      } catch (error) {
        return Promise.reject(error);
      }
    };
  }
  return Object.assign(Object.create(resource) as R, wrapped);
}
