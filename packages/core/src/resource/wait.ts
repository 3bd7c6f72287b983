import type { Ref } from "../http/path.js";
import type { ResourceSpec } from "./resource-spec.js";
import type { SessionOrClient, WaitForDeleteOptions, WaitOptions } from "./types.js";

// The polling itself (./wait-poll.ts) loads on the first wait: an app that never waits does
// not download it (issue 17's budgets). A module that core's index re-exports stays in a
// bundler's first load even when only a dynamic import uses it (evanw/esbuild#3704), so
// these thin entry points are what the index and the resources' verbs import.

/**
 * Polls an item until its status is one of `status`. A failure status ends the wait with
 * `ResourceFailureError`, the clock with `ResourceTimeoutError`, the signal with its reason.
 * Status comparison ignores case, as services disagree on it.
 */
export function waitForStatus<T>(
  spec: ResourceSpec,
  target: SessionOrClient,
  ref: Ref,
  options: WaitOptions<T> & Record<string, unknown>,
): Promise<T> {
  return import("./wait-poll.js").then((poll) => poll.waitForStatus<T>(spec, target, ref, options));
}

/** Polls until GET answers 404. */
export function waitForDelete(
  spec: ResourceSpec,
  target: SessionOrClient,
  ref: Ref,
  options?: WaitForDeleteOptions & Record<string, unknown>,
): Promise<void> {
  return import("./wait-poll.js").then((poll) => poll.waitForDelete(spec, target, ref, options));
}
