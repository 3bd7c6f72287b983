import { DuplicateResourceError, InvalidArgumentError, NotFoundError, type SessionOrClient } from "@openstack-ts/core";
import type { StackRef } from "./shared.js";
import { stackDeclaration } from "./stack.js";

export type { StackRef } from "./shared.js";

/** What names a stack at its canonical URL, `stacks/{stack_name}/{id}`. */
export type StackAt = {
  readonly stack_name: string;
  readonly id: string;
};

/** Heat's own test for an id (oslo's is_uuid_like): 32 hex digits, hyphens optional. */
const UUID_LIKE = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

type LookupOptions = { signal?: AbortSignal | undefined; filters?: Readonly<Record<string, unknown>> };

/**
 * Where a stack lives. Given its name and id (a stack object, or "name/id") it costs nothing.
 * Given only one, it is looked up in Heat's list, as Heat's own lookup does before its 302
 * (which a browser cannot follow: cross-origin, with the token header): a UUID-like string
 * by `id` first, deleted and nested stacks included (a deleted stack stays readable by id, as
 * DELETE_COMPLETE), then by `name` (a live stack's). `null` when nothing matches.
 */
export async function lookUpStack(
  target: SessionOrClient,
  stack: StackRef,
  options: LookupOptions = {},
): Promise<StackAt | null> {
  const given = namedBoth(stack);
  if (given) return given;
  const key = keyOf(stack);
  if (UUID_LIKE.test(key)) {
    const byId = await only(target, { id: key, show_deleted: true, show_nested: true }, key, options);
    if (byId) return byId;
  }
  return only(target, { name: key, show_nested: true }, key, options);
}

/** lookUpStack, with a stack that does not exist as Heat's own 404 would say it. */
export async function canonicalStack(
  target: SessionOrClient,
  stack: StackRef,
  options: LookupOptions = {},
): Promise<StackAt> {
  const found = await lookUpStack(target, stack, options);
  if (found) return found;
  throw new NotFoundError({
    status: 404,
    method: "GET",
    url: "stacks",
    serverMessage: `The Stack (${keyOf(stack)}) could not be found.`,
  });
}

/** The name and id when the caller gave both: a stack object, or the string "name/id". */
function namedBoth(stack: StackRef): StackAt | undefined {
  if (typeof stack === "object" && stack !== null) {
    const { stack_name, id } = stack as { stack_name?: unknown; id?: unknown };
    if (typeof stack_name === "string" && stack_name !== "" && typeof id === "string" && id !== "")
      return { stack_name, id };
    return undefined;
  }
  if (typeof stack === "string" && stack.includes("/")) {
    // Heat's names start with a letter and hold no "/", its ids are UUIDs: one "/" splits them.
    const [stack_name, id, ...more] = stack.split("/");
    if (stack_name && id && more.length === 0) return { stack_name, id };
    throw new InvalidArgumentError(`a stack is named by its id, its name or "name/id"; got '${stack}'`);
  }
  return undefined;
}

/** The one string that names the stack: its id, or (an object with no id) its name. */
function keyOf(stack: StackRef): string {
  if (typeof stack === "string" && stack !== "") return stack;
  if (typeof stack === "object" && stack !== null) {
    const { id, stack_name } = stack as { id?: unknown; stack_name?: unknown };
    if (typeof id === "string" && id !== "") return id;
    if (typeof stack_name === "string" && stack_name !== "") return stack_name;
  }
  throw new InvalidArgumentError(
    `a stack is named by its id, its name, "name/id" or an object with them; got ${JSON.stringify(stack) ?? String(stack)}`,
  );
}

/** The single stack a filtered list answers (exact matches only), or null. */
async function only(
  target: SessionOrClient,
  query: Record<string, unknown>,
  key: string,
  { signal, filters }: LookupOptions,
): Promise<StackAt | null> {
  const matches = (await stackDeclaration.list(target, { ...filters, ...query }, { signal })).filter(
    (s) => s.id === key || s.stack_name === key,
  );
  if (matches.length > 1) {
    const ids = matches.map((s) => s.id).join(", ");
    throw new DuplicateResourceError(`${matches.length} stacks match '${key}' (${ids}); use an id`);
  }
  const [found] = matches;
  return found ? { stack_name: found.stack_name, id: found.id } : null;
}
