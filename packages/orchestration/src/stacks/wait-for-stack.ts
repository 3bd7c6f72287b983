import {
  NotFoundError,
  refuseUnknownOptions,
  ResourceFailureError,
  type SessionOrClient,
  waitForStatus,
  type WaitOptions,
} from "@openstack-ts/core";
import type { Stack } from "./stack.js";
import { canonicalStack, lookUpStack, type StackAt, type StackRef } from "./stack-lookup.js";
import { stacksAtCanonicalPath } from "./stacks.js";

export type StackWaitOptions = Omit<WaitOptions<Stack>, "status" | "failures"> & {
  /** The states to wait for; default `CREATE_COMPLETE`. */
  status?: string | readonly string[];
  /** The states that end the wait with `ResourceFailureError`; default every `*_FAILED` not waited for. */
  failures?: readonly string[];
};

const WAIT_OPTIONS = ["signal", "failures", "interval", "maxInterval", "timeout", "onProgress"];

/**
 * Polls a stack's `stack_status` until it is one of `status`. A failure state ends the wait
 * with `ResourceFailureError` carrying Heat's `stack_status_reason` (which resource failed,
 * and why), the clock with `ResourceTimeoutError`. The stack is looked up once (when named by
 * its id or name alone), then polled at its canonical URL.
 */
export async function waitForStack(
  target: SessionOrClient,
  stack: StackRef,
  options: StackWaitOptions = {},
): Promise<Stack> {
  refuseUnknownOptions(stacksAtCanonicalPath.service, "waitForStack", options, ["status", ...WAIT_OPTIONS]);
  return pollAt(target, await canonicalStack(target, stack, { signal: options.signal }), options);
}

function pollAt(target: SessionOrClient, at: StackAt, options: StackWaitOptions): Promise<Stack> {
  const { status = "CREATE_COMPLETE", failures, onProgress, ...poll } = options;
  const wanted = [status].flat().map((s) => s.toUpperCase());
  const failed = (state: string) =>
    failures ? failures.some((f) => f.toUpperCase() === state) : state.endsWith("_FAILED") && !wanted.includes(state);
  return waitForStatus<Stack>(stacksAtCanonicalPath, target, at, {
    ...poll,
    status: wanted,
    // Judged here instead, with the reason.
    failures: [],
    onProgress: (item) => {
      onProgress?.(item);
      const state = item.stack_status.toUpperCase();
      if (failed(state)) {
        throw new ResourceFailureError(
          `Stack ${item.stack_name} (${item.id}) went to ${state} while waiting for ${wanted.join(" or ")}: ` +
            `${item.stack_status_reason ?? "Heat gave no reason"}`,
        );
      }
    },
  });
}

/**
 * Polls until a stack is deleted: by id, Heat still shows it, as DELETE_COMPLETE; by name, it
 * is gone. Either ends the wait, as does a stack not there at all; DELETE_FAILED fails it,
 * with the reason.
 */
export async function waitForDeleteStack(
  target: SessionOrClient,
  stack: StackRef,
  options: Omit<StackWaitOptions, "status"> = {},
): Promise<void> {
  refuseUnknownOptions(stacksAtCanonicalPath.service, "waitForDeleteStack", options, WAIT_OPTIONS);
  const at = await lookUpStack(target, stack, { signal: options.signal });
  if (at === null) return;
  try {
    await pollAt(target, at, { ...options, status: "DELETE_COMPLETE" });
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
}
