import { fillPath, type SessionOrClient } from "@openstack-ts/core";
import { canonicalStack, type StackRef } from "./stack-lookup.js";

export type { StackRef } from "./stack-lookup.js";

/**
 * The canonical path of a stack, `stacks/{stack_name}/{id}`: free for a stack object or
 * "name/id", looked up in Heat's list for an id or a name alone (see lookUpStack). Every
 * call on or under a stack uses it rather than Heat's 302 from `stacks/{name or id}/…`,
 * which a browser does not follow and after which a POST would become a GET.
 */
export async function canonicalStackPath(
  target: SessionOrClient,
  stack: StackRef,
  signal?: AbortSignal,
): Promise<string> {
  return fillPath("stacks/{stack_name}/{id}", await canonicalStack(target, stack, { signal }));
}

/**
 * The `stack_name` and `stack_id` that calls under a stack take (its resources, events,
 * outputs, snapshots, template, …), from a stack: `listResources(stackIds(stack))`.
 */
export function stackIds(stack: { readonly stack_name: string; readonly id: string }): {
  stack_name: string;
  stack_id: string;
} {
  return { stack_name: stack.stack_name, stack_id: stack.id };
}
