import { NotFoundError, type Ref, refuseUnknownOptions, type SessionOrClient } from "@openstack-ts/core";
import { type Stack, stackDeclaration } from "./stack.js";
import { canonicalStack, lookUpStack } from "./stack-lookup.js";

type Options = Record<string, unknown> & { signal?: AbortSignal };
type Verb = (target: SessionOrClient, ref: unknown, options?: Options) => Promise<unknown>;

/**
 * The same declaration one level down, at Heat's canonical `stacks/{stack_name}/{id}`: its
 * verbs read `stack_name` from the stack given (a StackAt), so nothing is redirected.
 */
export const stacksAtCanonicalPath = Object.assign(
  Object.create(Object.getPrototypeOf(stackDeclaration) as object) as object,
  { ...stackDeclaration, path: "stacks/{stack_name}" },
) as typeof stackDeclaration;
const atCanonicalPath = stacksAtCanonicalPath as unknown as Record<"get" | "delete", Verb>;

const service = stackDeclaration.service;
const GET_OPTIONS = ["signal", ...Object.keys(stackDeclaration.getQuery)];
const FILTERS = [...stackDeclaration.query, ...Object.keys(stackDeclaration.filters)];

/** A stack's canonical place; refuses unknown options first, so bad arguments send nothing. */
function placeOf(target: SessionOrClient, what: string, ref: unknown, options: Options, known: readonly string[]) {
  refuseUnknownOptions(service, what, options, known);
  return canonicalStack(target, ref as Ref, { signal: options.signal });
}

/**
 * Stacks: listed, created and previewed as declared (stack.ts); read, found and deleted at
 * their canonical URL. `stacks/{name or id}` is a 302 there in Heat, which a browser cannot
 * follow (another origin, the token header); so a stack named by its id or name alone is
 * looked up in the list first (see lookUpStack), and a stack object or "name/id" goes
 * straight there. Each verb takes the stack's id, its name, "name/id", or the stack.
 *
 * A deleted stack stays readable by id, as DELETE_COMPLETE (by name it is gone): wait for a
 * delete with `waitForDeleteStack`, which knows both.
 */
export const stacks: typeof stackDeclaration = Object.assign(Object.create(stackDeclaration) as object, {
  async get(target: SessionOrClient, ref: unknown, options: Options = {}) {
    const at = await placeOf(target, "getStack", ref, options, GET_OPTIONS);
    return atCanonicalPath.get(target, at, options);
  },

  async delete(target: SessionOrClient, ref: unknown, options: Options = {}) {
    const { ignoreMissing = true, ...rest } = options;
    try {
      const at = await placeOf(target, "deleteStack", ref, rest, ["signal"]);
      await atCanonicalPath.delete(target, at, { ...rest, ignoreMissing });
    } catch (error) {
      if (!(ignoreMissing && error instanceof NotFoundError)) throw error;
    }
  },

  /**
   * openstacksdk's find_stack (Heat's lookup, then the stack): by id, then by name, with any
   * list filters given (`global_tenant`, `tenant`, …); the stack found is read whole. A
   * deleted stack (DELETE_COMPLETE: by id for good, by name until Heat soft-deletes its row)
   * is not found, as openstacksdk's fetch says.
   */
  async find(target: SessionOrClient, nameOrId: string, options: Options = {}) {
    const { ignoreMissing = true, signal, limit: _limit, marker: _marker, ...filters } = options;
    refuseUnknownOptions(service, "findStack", filters, FILTERS);
    const found = await lookUpStack(target, nameOrId, { signal, filters });
    if (found) {
      try {
        const stack = (await atCanonicalPath.get(target, found, { signal })) as Stack;
        if (stack.stack_status !== "DELETE_COMPLETE") return stack;
      } catch (error) {
        // Gone between the lookup and the read: not found, as for a find that lists it no more.
        if (!(error instanceof NotFoundError)) throw error;
      }
    }
    if (ignoreMissing) return null;
    throw new NotFoundError({
      status: 404,
      method: "GET",
      url: "stacks",
      serverMessage: `No Stack matches '${nameOrId}'`,
    });
  },
}) as typeof stackDeclaration;
