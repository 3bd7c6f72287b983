import { ResourceFailureError, type orchestration } from "@openstack-ts/openstack";

/** Reads a stack by id; undefined once Heat no longer lists it (deleted). */
export type ReadStack = (id: string, signal?: AbortSignal) => Promise<orchestration.Stack | undefined>;

export interface StackWatchOptions {
  /** Ends the watch (the view was left): the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** First pause between reads in ms, growing 1.5× up to `maxInterval`. Default 1 000 and 5 000. */
  interval?: number;
  maxInterval?: number;
  /** Hears of every state read, the last one included. */
  onState?(stack: orchestration.Stack): void;
}

/**
 * Follows a stack until Heat is done with it: until its status is no longer `*_IN_PROGRESS`
 * (resolving to the stack), or until it is gone (resolving to undefined: a delete ended).
 * A `*_FAILED` status rejects with Heat's reason.
 *
 * Why not the SDK's `waitForStack`: it reads `stacks/{id}`, which Heat answers with a redirect
 * to `stacks/{name}/{id}`, and a browser hides where an authenticated redirect goes, so the
 * SDK refuses to follow it there. Heat's list filtered by id answers in place.
 */
export async function watchStack(
  read: ReadStack,
  id: string,
  options: StackWatchOptions = {},
): Promise<orchestration.Stack | undefined> {
  const { signal, maxInterval = 5_000, onState } = options;
  let pause = options.interval ?? 1_000;
  for (;;) {
    signal?.throwIfAborted();
    const stack = await read(id, signal);
    if (stack === undefined) return undefined;
    onState?.(stack);
    const status = stack.stack_status.toUpperCase();
    if (status.endsWith("_FAILED"))
      throw new ResourceFailureError(
        `Stack ${stack.stack_name} (${stack.id}) went to ${status}: ${stack.stack_status_reason ?? "Heat gave no reason"}`,
      );
    if (!status.endsWith("_IN_PROGRESS")) return stack;
    await sleep(pause, signal);
    pause = Math.min(pause * 1.5, maxInterval);
  }
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    // Aborted already (while hearing of the last state): an abort event would never come.
    if (signal?.aborted) return reject(signal.reason);
    const stop = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", stop);
      resolve();
    }, ms);
    signal?.addEventListener("abort", stop, { once: true });
  });
}
