import {
  NotFoundError,
  type Ref,
  ResourceFailureError,
  type SessionOrClient,
  waitForStatus,
  type WaitOptions,
} from "@openstack-ts/core";
import { type Stack, stacks } from "./stack.js";

export type StackWaitOptions = Omit<WaitOptions<Stack>, "status" | "failures"> & {
  /** The states to wait for; default `CREATE_COMPLETE`. */
  status?: string | readonly string[];
  /** The states that end the wait with `ResourceFailureError`; default every `*_FAILED` not waited for. */
  failures?: readonly string[];
};

/**
 * Polls a stack's `stack_status` until it is one of `status`. A failure state ends the wait
 * with `ResourceFailureError` carrying Heat's `stack_status_reason` (which resource failed,
 * and why), the clock with `ResourceTimeoutError`.
 */
export function waitForStack(target: SessionOrClient, stack: Ref, options: StackWaitOptions = {}): Promise<Stack> {
  const { status = "CREATE_COMPLETE", failures, onProgress, ...poll } = options;
  const wanted = [status].flat().map((s) => s.toUpperCase());
  const failed = (state: string) =>
    failures ? failures.some((f) => f.toUpperCase() === state) : state.endsWith("_FAILED") && !wanted.includes(state);
  return waitForStatus<Stack>(stacks, target, stack, {
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
 * Polls until a stack is deleted: read by id, Heat still shows it, as DELETE_COMPLETE; read
 * by name, it is gone (404). Either ends the wait; DELETE_FAILED fails it, with the reason.
 */
export async function waitForDeleteStack(
  target: SessionOrClient,
  stack: Ref,
  options: Omit<StackWaitOptions, "status"> = {},
): Promise<void> {
  try {
    await waitForStack(target, stack, { ...options, status: "DELETE_COMPLETE" });
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
}
