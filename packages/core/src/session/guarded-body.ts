import { OpenStackError } from "../errors/openstack-error.js";
import { NetworkError, TimeoutError } from "../errors/sdk-errors.js";

export interface BodyGuard {
  method: string;
  /** Already redacted. */
  url: string;
  requestId: string | undefined;
  /** Longest wait for the next chunk, in ms; `false` for none. */
  idle: number | false;
}

/**
 * The response with its body read through a guard. `fetch`'s timeout ends when the head
 * arrives, and a body that stops half-way would otherwise hang its reader forever, or
 * fail with a bare `TypeError`: here a body that goes quiet for `idle` ms is a
 * `TimeoutError` (and its connection is dropped), one cut off is a `NetworkError`, each
 * naming the request. A caller's abort passes through unchanged.
 */
export function guardBody(response: Response, guard: BodyGuard): Response {
  if (response.body === null) return response;
  const reader = response.body.getReader();
  const { method, url, requestId, idle } = guard;
  const id = requestId ? ` (request ${requestId})` : "";
  // One timer per body, not per chunk: each chunk only notes the time, and the timer, when it
  // fires early, sleeps again for what is left of the quiet period.
  let lastChunk = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stall: ((error: TimeoutError) => void) | undefined;
  const watch = (ms: number) => {
    timer = setTimeout(() => {
      const quiet = Date.now() - lastChunk;
      if (quiet < (idle as number)) return watch((idle as number) - quiet);
      timer = undefined;
      stall?.(new TimeoutError(`${method} ${url}: the response body stalled for ${idle} ms${id}`, { method, url, requestId }));
    }, ms);
  };
  const stop = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      lastChunk = Date.now();
      if (idle !== false && timer === undefined) watch(idle);
      try {
        const chunk = idle === false ? await reader.read() : await new Promise<ReadableStreamReadResult<Uint8Array>>((resolve, reject) => {
          stall = reject;
          reader.read().then(resolve, reject);
        });
        if (chunk.done) {
          stop();
          controller.close();
        } else controller.enqueue(chunk.value);
      } catch (error) {
        stop();
        if (error instanceof TimeoutError) void reader.cancel(error).catch(() => undefined);
        controller.error(typed(error, guard));
      }
    },
    cancel: (reason) => {
      stop();
      return reader.cancel(reason);
    },
  });
  let guarded: Response;
  try {
    guarded = new Response(stream, { status: response.status, statusText: response.statusText, headers: response.headers });
  } catch {
    return response;
  }
  // A new Response has no URL of its own; callers read it for messages and relative links.
  Object.defineProperties(guarded, { url: { value: response.url }, redirected: { value: response.redirected }, type: { value: response.type } });
  return guarded;
}

function typed(error: unknown, { method, url, requestId }: BodyGuard): unknown {
  if (error instanceof OpenStackError || !(error instanceof TypeError)) return error;
  const cause = error.cause as { code?: string; message?: string } | undefined;
  const reason = cause?.code ?? cause?.message ?? error.message;
  const id = requestId ? ` (request ${requestId})` : "";
  return new NetworkError(`${method} ${url}: the response body was cut off (${reason})${id}`, { method, url, requestId, cause });
}
