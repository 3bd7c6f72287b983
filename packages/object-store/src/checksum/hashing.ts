import { Md5 } from "./md5.js";

/** A pass-through stream that hashes the bytes flowing through it; `hex()` once it has ended. */
export function hashingStream(): { stream: TransformStream<Uint8Array, Uint8Array>; hex: () => string } {
  const md5 = new Md5();
  const stream = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      md5.update(chunk);
      controller.enqueue(chunk);
    },
  });
  return { stream, hex: () => md5.hex() };
}

/**
 * A pass-through stream that errors at its end, instead of closing, when the bytes' MD5 is
 * not `expected`: a reader never mistakes a damaged download for a whole one.
 */
export function verifyingStream(
  expected: string,
  mismatch: (actual: string) => Error,
): TransformStream<Uint8Array, Uint8Array> {
  const md5 = new Md5();
  return new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      md5.update(chunk);
      controller.enqueue(chunk);
    },
    flush(controller) {
      const actual = md5.hex();
      if (actual !== expected.toLowerCase()) controller.error(mismatch(actual));
    },
  });
}

/** The MD5 of a Blob, read as a stream (a large file is never held in memory). */
export async function md5OfBlob(blob: Blob, signal?: AbortSignal): Promise<string> {
  const md5 = new Md5();
  const reader = blob.stream().getReader();
  try {
    for (;;) {
      signal?.throwIfAborted();
      const { done, value } = await reader.read();
      if (done) break;
      md5.update(value);
    }
  } finally {
    reader.releaseLock();
  }
  return md5.hex();
}
