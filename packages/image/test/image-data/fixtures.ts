// Helpers for the data tests: image bytes with their Glance hashes, streams cut into pieces.
import { createHash, randomBytes } from "node:crypto";
import { imageBody } from "../images/fixtures.js";

/** Random image data and the image record Glance would keep for it. */
export function imageWithData(size = 300_000, algorithm: "sha512" | "sha384" = "sha512") {
  const data = new Uint8Array(randomBytes(size));
  const record = {
    ...imageBody,
    size,
    checksum: createHash("md5").update(data).digest("hex"),
    os_hash_algo: algorithm,
    os_hash_value: createHash(algorithm).update(data).digest("hex"),
  };
  return { data, record };
}

/** A stream of `data` in pieces of `piece` bytes. */
export function streamOf(data: Uint8Array, piece = 65_536): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= data.length) return controller.close();
      controller.enqueue(data.slice(at, at + piece));
      at += piece;
    },
  });
}

/** Reads a stream to its end: the bytes that came, and the error it ended with, if any. */
export async function drain(stream: ReadableStream<Uint8Array>): Promise<{ bytes: Uint8Array; error: unknown }> {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  let error: unknown;
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
  } catch (caught) {
    error = caught;
  }
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { bytes, error };
}

/** Byte equality without vitest's element-by-element diff, which is slow for big arrays. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}
