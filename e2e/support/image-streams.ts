import { createHash, randomBytes } from "node:crypto";

/** Random bytes with the hashes Glance will record for them. */
export function randomImageData(size: number) {
  const data = new Uint8Array(randomBytes(size));
  return {
    data,
    sha512: createHash("sha512").update(data).digest("hex"),
    md5: createHash("md5").update(data).digest("hex"),
  };
}

/** A stream of `data` in pieces of `piece` bytes, as a file read would give. */
export function streamOf(data: Uint8Array, piece = 256 * 1024): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= data.length) return controller.close();
      controller.enqueue(data.slice(at, at + piece));
      at += piece;
    },
  });
}

/** Reads a stream to its end: its bytes, the error it ended with (if any), and how many chunks came. */
export async function drain(
  stream: ReadableStream<Uint8Array>,
): Promise<{ bytes: Uint8Array; error: unknown; chunks: number }> {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  let error: unknown;
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
  } catch (caught) {
    error = caught;
  }
  return { bytes: new Uint8Array(Buffer.concat(chunks)), error, chunks: chunks.length };
}

export const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));
