import { fillPath, type Ref, type SessionOrClient } from "@openstack-ts/core";
import { stacks } from "./stack.js";

/** A stack as the calls under it take it: its id, its name, or the stack (or anything with its name and id). */
export type StackRef = Ref | { readonly stack_name: string; readonly id: string };

/**
 * The canonical path of a stack, `stacks/{stack_name}/{id}`. A stack object that carries
 * both costs nothing; an id or a name is looked up first (GET `stacks/{id or name}`, which
 * Heat redirects to the canonical URL). Calls that POST under a stack need this: Heat
 * redirects `stacks/{id or name}/…` with a 302, and after a 302 a POST becomes a GET.
 */
export async function canonicalStackPath(
  target: SessionOrClient,
  stack: StackRef,
  signal?: AbortSignal,
): Promise<string> {
  if (typeof stack === "object" && stack !== null) {
    const { stack_name, id } = stack as { stack_name?: unknown; id?: unknown };
    if (typeof stack_name === "string" && typeof id === "string") {
      return fillPath("stacks/{stack_name}/{id}", { stack_name, id });
    }
  }
  const found = await stacks.get(target, stack as Ref, { signal });
  return fillPath("stacks/{stack_name}/{id}", { stack_name: found.stack_name, id: found.id });
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
