import { describe, expect, it } from "vitest";
import { payloadOf } from "../../src/objects/payload.js";
import { segmentsOf } from "../../src/large-objects/segments.js";

async function cut(data: Parameters<typeof payloadOf>[0], size: number) {
  const out: { index: number; text: string; size: number }[] = [];
  for await (const segment of segmentsOf(payloadOf(data, "test"), size)) {
    const bytes = segment.body instanceof Blob ? new Uint8Array(await segment.body.arrayBuffer()) : segment.body;
    out.push({ index: segment.index, text: new TextDecoder().decode(bytes), size: segment.size });
  }
  return out;
}

function streamOf(...chunks: string[]) {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });
}

describe("segments", () => {
  it("cuts bytes, Blobs and streams the same way, the last segment shorter", async () => {
    const expected = [
      { index: 0, text: "abcd", size: 4 },
      { index: 1, text: "efgh", size: 4 },
      { index: 2, text: "ij", size: 2 },
    ];
    expect(await cut("abcdefghij", 4)).toEqual(expected);
    expect(await cut(new Blob(["abcdefghij"]), 4)).toEqual(expected);
    // Chunks that straddle segment boundaries, and one that spans several.
    expect(await cut(streamOf("abc", "defghi", "j"), 4)).toEqual(expected);
    expect(await cut(streamOf("abcdefghij"), 4)).toEqual(expected);
  });

  it("gives no empty trailing segment when the size divides the content", async () => {
    expect((await cut("abcdefgh", 4)).map((s) => s.text)).toEqual(["abcd", "efgh"]);
    expect((await cut(streamOf("ab", "cd", "efgh"), 4)).map((s) => s.text)).toEqual(["abcd", "efgh"]);
  });

  it("makes empty content one empty segment", async () => {
    expect(await cut("", 4)).toEqual([{ index: 0, text: "", size: 0 }]);
    expect(await cut(streamOf(), 4)).toEqual([{ index: 0, text: "", size: 0 }]);
  });
});
