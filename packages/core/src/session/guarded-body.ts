import { OpenStackError } from "../errors/openstack-error.js";
import { NetworkError, TimeoutError } from "../errors/sdk-errors.js";
import { redactUrl } from "../log/logger.js";
import { jsonOf } from "./error-mapping.js";

/**
 * What a guarded body needs: how long it may stay quiet, and what to name when it fails.
 * The request's method and URL are read from it only when a message is made: a Request's
 * `url` is built afresh at each read, and most bodies never fail.
 */
export class BodyGuard {
  constructor(
    readonly sent: Request,
    readonly requestId: string | undefined,
    /** Longest wait for the next chunk, in ms; `false` for none. */
    readonly idle: number | false,
  ) {}

  get method(): string {
    return this.sent.method;
  }

  /** As sent; redacted where a message is made. */
  get url(): string {
    return this.sent.url;
  }
}

const decoder = new TextDecoder();

/** Where a guarded response keeps its guard: the methods below are shared, not made per response. */
const GUARD = Symbol("openstack-ts body guard");

interface GuardState {
  guard: BodyGuard;
  /** The native `body` getter, looked up at each read: a native clone() replaces the stream behind it. */
  nativeBody: () => unknown;
  stream?: ReadableStream<Uint8Array> | undefined;
}

type Guarded = Response & { [GUARD]: GuardState };

/**
 * The response with its body read through a guard. `fetch`'s timeout ends when the head
 * arrives, and a body that stops half-way would otherwise hang its reader forever, or
 * fail with a bare `TypeError`: here a body that goes quiet for `idle` ms is a
 * `TimeoutError` (and its connection is dropped), one cut off is a `NetworkError`, each
 * naming the request. A caller's abort passes through unchanged.
 *
 * The same Response comes back, given a prototype whose body methods read through the
 * guard: most bodies are read whole (`json()`, `text()`), and reading them straight from
 * the native stream costs no new stream and no new Response. The methods live once on
 * that prototype (one per kind of Response, usually one), not as closures made for
 * every response: that was the costliest part of a request's way (bench/requests).
 */
export function guardBody(response: Response, guard: BodyGuard): Response {
  const base = Object.getPrototypeOf(response) as object;
  let guarded = guardedPrototypes.get(base);
  if (guarded === undefined) {
    guarded = guardedPrototypeOf(base);
    guardedPrototypes.set(base, guarded);
  }
  if (guarded === null) return response;
  // A response with no body is guarded too: its `json()` must fail as ours do.
  (response as Guarded)[GUARD] = { guard, nativeBody: guarded.nativeBody };
  Object.setPrototypeOf(response, guarded.prototype);
  return response;
}

/** Each Response prototype met, with the guarded prototype made from it (null: it has no `body`). */
const guardedPrototypes = new WeakMap<object, { prototype: object; nativeBody: () => unknown } | null>();

function guardedPrototypeOf(base: object): { prototype: object; nativeBody: () => unknown } | null {
  const nativeBody = getterOf(base, "body");
  return nativeBody ? { prototype: Object.create(base, guardedMethods), nativeBody } : null;
}

const sourceOf = (response: GuardedBody) =>
  response[GUARD].nativeBody.call(response) as ReadableStream<Uint8Array> | null;

const bytesOf = async (response: GuardedBody) => {
  const stream = sourceOf(response);
  return stream ? readAll(guardedReads(stream, response[GUARD].guard)) : new Uint8Array(0);
};

/** The body methods every guarded response shares: each reads through that response's guard. */
class GuardedBody {
  declare [GUARD]: GuardState;
  declare headers: Headers;

  get body(): ReadableStream<Uint8Array> | null {
    const own = this[GUARD];
    const stream = sourceOf(this);
    return stream && (own.stream ??= guardedStream(stream, own.guard));
  }
  bytes() {
    return bytesOf(this);
  }
  async text() {
    return decoder.decode(await bytesOf(this));
  }
  async json() {
    return jsonOf(decoder.decode(await bytesOf(this)), this.headers, this[GUARD].guard);
  }
  async arrayBuffer() {
    return copyOf(await bytesOf(this));
  }
  async blob() {
    return new Blob([copyOf(await bytesOf(this))], { type: this.headers.get("content-type") ?? "" });
  }
  formData() {
    return new Response(this.body, { headers: this.headers }).formData();
  }
}

// The class's methods without its constructor: a guarded response's constructor stays Response.
const { constructor: _, ...guardedMethods } = Object.getOwnPropertyDescriptors(GuardedBody.prototype);

/**
 * One read after another from `source`, each watched for stalls and typed on failure. A
 * stall cancels the reader, which ends the pending read: no promise is made per chunk.
 */
function guardedReads(source: ReadableStream<Uint8Array>, guard: BodyGuard) {
  const reader = source.getReader();
  const { requestId, idle } = guard;
  // One timer per body, not per chunk: each read only notes the time, and the timer, when
  // it fires early, sleeps again for what is left of the quiet period.
  let lastChunk = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stalled: TimeoutError | undefined;
  const watch = (ms: number) => {
    timer = setTimeout(() => {
      const quiet = Date.now() - lastChunk;
      if (quiet < (idle as number)) return watch((idle as number) - quiet);
      timer = undefined;
      const id = requestId ? ` (request ${requestId})` : "";
      const { method } = guard;
      const url = redactUrl(guard.url);
      stalled = new TimeoutError(`${method} ${url}: the response body stalled for ${idle} ms${id}`, {
        method,
        url,
        requestId,
      });
      // Drops the connection; the pending read ends, and sees `stalled`.
      void reader.cancel(stalled).catch(() => undefined);
    }, ms);
  };
  const stop = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  return {
    async read(): Promise<ReadableStreamReadResult<Uint8Array>> {
      if (stalled) throw stalled;
      lastChunk = Date.now();
      if (idle !== false && timer === undefined) watch(idle);
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (error) {
        stop();
        throw stalled ?? typed(error, guard);
      }
      if (stalled) throw stalled;
      if (chunk.done) stop();
      return chunk;
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

/** The getter behind `name` on `prototype` or its own prototypes (the native `body`). */
function getterOf(prototype: object, name: string): (() => unknown) | undefined {
  for (let proto: object | null = prototype; proto !== null; proto = Object.getPrototypeOf(proto)) {
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
