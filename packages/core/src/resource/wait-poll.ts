import { HttpError, NotFoundError } from "../errors/http-error.js";
import { ResourceFailureError, ResourceTimeoutError } from "../errors/sdk-errors.js";
import type { Ref } from "../http/path.js";
import { methodName } from "./client-for.js";
import { describeRef, itemOptionNames } from "./item-path.js";
import { callHeadersOf, refuseUnknownOptions } from "./call-headers.js";

import { get } from "./read.js";
import type { ResourceSpec } from "./resource-spec.js";
import type { SessionOrClient, WaitForDeleteOptions, WaitOptions } from "./types.js";

const DEFAULT_FAILURES = ["ERROR"];
const POLL_OPTIONS = ["interval", "maxInterval", "timeout"];

/**
 * Polls an item until its status is one of `status`. A failure status ends the wait with
 * `ResourceFailureError`, the clock with `ResourceTimeoutError`, the signal with its reason.
 * Status comparison ignores case, as services disagree on it.
 */
export async function waitForStatus<T>(
  spec: ResourceSpec,
  target: SessionOrClient,
  ref: Ref,
  options: WaitOptions<T> & Record<string, unknown>,
): Promise<T> {
  // The parent ids and header options: each poll's GET takes them.
  const { status, failures, interval, maxInterval, timeout, onProgress, signal, ...parents } = options;
  const what = methodName(spec, "waitFor");
  refuseUnknownOptions(spec.service, what, parents, [
    ...itemOptionNames(spec),
    "status",
    "failures",
    ...POLL_OPTIONS,
    "onProgress",
  ]);
  callHeadersOf(spec.service, what, parents);
  const field = spec.status?.field ?? "status";
  const wanted = [status].flat().map((s) => s.toUpperCase());
  const failed = (failures ?? spec.status?.failures ?? DEFAULT_FAILURES).map((s) => s.toUpperCase());
  return poll(
    `${spec.singular} ${describeRef(spec, ref)} to reach ${wanted.join(" or ")}`,
    { interval, maxInterval, timeout, signal },
    async () => {
      const item = await get<T>(spec, target, ref, { ...parents, signal });
      onProgress?.(item);
      const now = String((item as Record<string, unknown>)[field] ?? "").toUpperCase();
      if (wanted.includes(now)) return { done: true, value: item };
      if (failed.includes(now))
        throw new ResourceFailureError(
          `${spec.singular} ${describeRef(spec, ref)} went to ${now} while waiting for ${wanted.join(" or ")}`,
        );
      return { done: false, state: now };
    },
  );
}

/** Polls until GET answers 404; the spec's `whileDeleting` answer counts as not gone yet. */
export async function waitForDelete(
  spec: ResourceSpec,
  target: SessionOrClient,
  ref: Ref,
  options: WaitForDeleteOptions & Record<string, unknown> = {},
): Promise<void> {
  const { interval, maxInterval, timeout, signal, ...parents } = options;
  const what = methodName(spec, "waitForDelete");
  refuseUnknownOptions(spec.service, what, parents, [...itemOptionNames(spec), ...POLL_OPTIONS]);
  callHeadersOf(spec.service, what, parents);
  await poll(
    `${spec.singular} ${describeRef(spec, ref)} to be deleted`,
    { interval, maxInterval, timeout, signal },
    async () => {
      try {
        const item = await get<Record<string, unknown>>(spec, target, ref, { ...parents, signal });
        return { done: false, state: String(item[spec.status?.field ?? "status"] ?? "present") };
      } catch (error) {
        if (error instanceof NotFoundError) return { done: true, value: undefined };
        if (isStillDeleting(spec, error)) return { done: false, state: `answering ${error.status} while deleted` };
        throw error;
      }
    },
  );
}

function isStillDeleting(spec: ResourceSpec, error: unknown): error is HttpError {
  const expected = spec.whileDeleting;
  return (
    expected !== undefined &&
    error instanceof HttpError &&
    error.status === expected.status &&
    (error.serverMessage ?? "").includes(expected.says)
  );
}

type Step<T> = { done: true; value: T } | { done: false; state: string };

async function poll<T>(
  what: string,
  options: {
    interval?: number | undefined;
    maxInterval?: number | undefined;
    timeout?: number | undefined;
    signal?: AbortSignal | undefined;
  },
  step: () => Promise<Step<T>>,
): Promise<T> {
  const timeout = options.timeout ?? 300_000;
  const deadline = Date.now() + timeout;
  let delay = options.interval ?? 2_000;
  for (;;) {
    const result = await step();
    if (result.done) return result.value;
    const left = deadline - Date.now();
    if (left <= 0)
      throw new ResourceTimeoutError(`Timed out after ${timeout} ms waiting for ${what} (last state: ${result.state})`);
    await sleep(Math.min(delay, left), options.signal);
    delay = Math.min(delay * 1.5, options.maxInterval ?? 15_000);
  }
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
