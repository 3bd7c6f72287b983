import { OpenStackError } from "../errors/openstack-error.js";
import { NetworkError, TimeoutError } from "../errors/sdk-errors.js";
import { redactUrl } from "../log/logger.js";

export interface BodyGuard {
  method: string;
  /** As sent: redacted only when a message is made, not for every response. */
  url: string;
  requestId: string | undefined;
  /** Longest wait for the next chunk, in ms; `false` for none. */
  idle: number | false;
}

const decoder = new TextDecoder();

/**
 * The response with its body read through a guard. `fetch`'s timeout ends when the head
 * arrives, and a body that stops half-way would otherwise hang its reader forever, or
 * fail with a bare `TypeError`: here a body that goes quiet for `idle` ms is a
 * `TimeoutError` (and its connection is dropped), one cut off is a `NetworkError`, each
 * naming the request. A caller's abort passes through unchanged.
 *
 * The same Response comes back, its body methods replaced: most bodies are read whole
 * (`json()`, `text()`), and reading them straight from the native stream costs no new
 * stream and no new Response per request. `body` becomes a guarded stream when asked for.
 */
export function guardBody(response: Response, guard: BodyGuard): Response {
  const nativeBody = getterOf(response, "body");
  if (!nativeBody?.call(response)) return response;
  // Looked up at each read, not kept: a native clone() replaces the stream behind `body`.
  const source = () => nativeBody.call(response) as ReadableStream<Uint8Array>;
  const type = response.headers.get("content-type") ?? "";
  let stream: ReadableStream<Uint8Array> | undefined;
  const bytes = () => readAll(guardedReads(source(), guard));
  const text = async () => decoder.decode(await bytes());
  Object.defineProperties(response, {
    body: { get: () => (stream ??= guardedStream(source(), guard)), configurable: true },
    bytes: { value: bytes, configurable: true, writable: true },
    text: { value: text, configurable: true, writable: true },
    json: { value: async () => JSON.parse(await text()), configurable: true, writable: true },
    arrayBuffer: { value: async () => copyOf(await bytes()), configurable: true, writable: true },
    blob: { value: async () => new Blob([copyOf(await bytes())], { type }), configurable: true, writable: true },
    formData: {
      value: () => new Response(response.body, { headers: response.headers }).formData(),
      configurable: true,
      writable: true,
    },
  });
  return response;
}

/** One read after another from `source`, each watched for stalls and typed on failure. */
function guardedReads(source: ReadableStream<Uint8Array>, guard: BodyGuard) {
  const reader = source.getReader();
  const { method, requestId, idle } = guard;
  // One timer per body, not per chunk: each read only notes the time, and the timer, when
  // it fires early, sleeps again for what is left of the quiet period.
  let lastChunk = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stall: ((error: TimeoutError) => void) | undefined;
  const watch = (ms: number) => {
    timer = setTimeout(() => {
      const quiet = Date.now() - lastChunk;
      if (quiet < (idle as number)) return watch((idle as number) - quiet);
      timer = undefined;
      const id = requestId ? ` (request ${requestId})` : "";
      const url = redactUrl(guard.url);
      stall?.(
        new TimeoutError(`${method} ${url}: the response body stalled for ${idle} ms${id}`, { method, url, requestId }),
      );
    }, ms);
  };
  const stop = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  return {
    async read(): Promise<ReadableStreamReadResult<Uint8Array>> {
      lastChunk = Date.now();
      if (idle !== false && timer === undefined) watch(idle);
      try {
        const chunk =
          idle === false
            ? await reader.read()
            : await new Promise<ReadableStreamReadResult<Uint8Array>>((resolve, reject) => {
                stall = reject;
                reader.read().then(resolve, reject);
              });
        if (chunk.done) stop();
        return chunk;
      } catch (error) {
        stop();
        if (error instanceof TimeoutError) void reader.cancel(error).catch(() => undefined);
        throw typed(error, guard);
      }
    },
    cancel(reason: unknown): Promise<void> {
      stop();
      return reader.cancel(reason);
    },
  };
}

type GuardedReads = ReturnType<typeof guardedReads>;

function guardedStream(source: ReadableStream<Uint8Array>, guard: BodyGuard): ReadableStream<Uint8Array> {
  const reads = guardedReads(source, guard);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const chunk = await reads.read();
        if (chunk.done) controller.close();
        else controller.enqueue(chunk.value);
      } catch (error) {
        controller.error(error);
      }
    },
    cancel: (reason) => reads.cancel(reason),
  });
}

async function readAll(reads: GuardedReads): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (let chunk = await reads.read(); !chunk.done; chunk = await reads.read()) {
    chunks.push(chunk.value);
    length += chunk.value.byteLength;
  }
  if (chunks.length === 1) return chunks[0]!;
  const all = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}

/** An ArrayBuffer holding exactly these bytes (a chunk may be a view into a larger one). */
function copyOf(bytes: Uint8Array): ArrayBuffer {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
    ? bytes.buffer
    : (bytes.slice().buffer as ArrayBuffer);
}

/** The prototype getter behind `name` (the native `body`, not our replacement). */
function getterOf(object: object, name: string): (() => unknown) | undefined {
  for (let proto = Object.getPrototypeOf(object); proto !== null; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return descriptor.get;
  }
  return undefined;
}

function typed(error: unknown, { method, url: sent, requestId }: BodyGuard): unknown {
  if (error instanceof OpenStackError || !(error instanceof TypeError)) return error;
  const url = redactUrl(sent);
  const cause = error.cause as { code?: string; message?: string } | undefined;
  const reason = cause?.code ?? cause?.message ?? error.message;
  const id = requestId ? ` (request ${requestId})` : "";
  return new NetworkError(`${method} ${url}: the response body was cut off (${reason})${id}`, {
    method,
    url,
    requestId,
    cause,
  });
}
