import type { Payload } from "../objects/payload.js";

/** One piece of a large object's content. */
export interface Segment {
  index: number;
  body: Uint8Array | Blob;
  size: number;
}

/**
 * Cuts a payload into segments of `size` bytes (the last one shorter), lazily: bytes are
 * viewed, not copied; a Blob is sliced, never read here; a stream is read one segment at a
 * time, so at most one segment of it is held in memory per segment being uploaded. Empty
 * content is one empty segment (a manifest needs one).
 */
export async function* segmentsOf(payload: Payload, size: number): AsyncGenerator<Segment> {
  if (payload.kind === "bytes" || payload.kind === "blob") {
    const total = payload.size;
    let index = 0;
    for (let start = 0; start < total || index === 0; start += size, index++) {
      const end = Math.min(start + size, total);
      const body = payload.kind === "bytes" ? payload.bytes.subarray(start, end) : payload.blob.slice(start, end);
      yield { index, body, size: end - start };
    }
    return;
  }
  const reader = payload.stream.getReader();
  let chunks: Uint8Array[] = [];
  let filled = 0;
  let index = 0;
  const cut = (): Segment => {
    const body = new Uint8Array(filled);
    let offset = 0;
    for (const chunk of chunks) {
      body.set(chunk, offset);
      offset += chunk.byteLength;
    }
    chunks = [];
    filled = 0;
    return { index: index++, body, size: body.byteLength };
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      let chunk = value;
      while (chunk.byteLength > 0) {
        const take = Math.min(size - filled, chunk.byteLength);
        chunks.push(chunk.subarray(0, take));
        filled += take;
        chunk = chunk.subarray(take);
        if (filled === size) yield cut();
      }
    }
    if (filled > 0 || index === 0) yield cut();
  } finally {
    reader.releaseLock();
  }
}
