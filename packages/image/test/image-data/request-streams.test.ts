import { describe, expect, it } from "vitest";
import { canStreamRequests } from "../../src/image-data/request-streams.js";

/** A Request as Firefox and Safari build one from a stream: stringified, labelled text/plain, `duplex` never read. */
class StringifyingRequest {
  readonly headers = new Headers();
  constructor(_url: string, init: RequestInit) {
    if (typeof init.body === "object" && init.body !== null)
      this.headers.set("Content-Type", "text/plain;charset=UTF-8");
  }
}

describe("canStreamRequests", () => {
  it("is true in Node, whose fetch sends streams", () => {
    expect(canStreamRequests()).toBe(true);
  });

  it("is false where a stream body would be sent as text", () => {
    expect(canStreamRequests(StringifyingRequest as unknown as typeof Request)).toBe(false);
  });

  it("is false where building such a request throws", () => {
    const Throwing = class {
      constructor() {
        throw new TypeError("ReadableStream uploading is not supported");
      }
    };
    expect(canStreamRequests(Throwing as unknown as typeof Request)).toBe(false);
  });
});
