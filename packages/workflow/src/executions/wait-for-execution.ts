import {
  ResourceFailureError,
  type Ref,
  type SessionOrClient,
  waitForStatus,
  type WaitOptions,
} from "@openstack-ts/core";
import { EXECUTION_FAILURES } from "../shared.js";
import { type Execution, executions } from "./execution.js";

export type ExecutionWaitOptions = Omit<WaitOptions<Execution>, "status" | "failures"> & {
  /** The states to wait for; default `SUCCESS`. */
  status?: string | readonly string[];
  /** The states that end the wait with `ResourceFailureError`; default `ERROR` (unless waited for). */
  failures?: readonly string[];
};

/**
 * Polls an execution's `state` until it is one of `status` (default SUCCESS). A failure
 * state ends the wait with `ResourceFailureError` carrying Mistral's `state_info` (which task
 * failed, and why); the clock ends it with `ResourceTimeoutError`.
 */
export function waitForExecution(
  target: SessionOrClient,
  execution: Ref,
  options: ExecutionWaitOptions = {},
): Promise<Execution> {
  const { status = "SUCCESS", failures = EXECUTION_FAILURES, onProgress, ...poll } = options;
  const wanted = [status].flat().map((s) => s.toUpperCase());
  const failed = failures.map((s) => s.toUpperCase()).filter((s) => !wanted.includes(s));
  return waitForStatus<Execution>(executions, target, execution, {
    ...poll,
    status: wanted,
    // Judged here instead, with the reason.
    failures: [],
    onProgress: (item) => {
      onProgress?.(item);
      const state = String(item.state ?? "").toUpperCase();
      if (failed.includes(state)) {
        throw new ResourceFailureError(
          `Execution ${item.id} of workflow ${item.workflow_name ?? item.workflow_id ?? "?"} went to ${state} ` +
            `while waiting for ${wanted.join(" or ")}: ${item.state_info ?? "Mistral gave no reason"}`,
        );
      }
    },
  });
}
