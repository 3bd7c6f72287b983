import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { Md5, md5Hex } from "../../src/checksum/md5.js";

const reference = (bytes: Uint8Array) => createHash("md5").update(bytes).digest("hex");

describe("md5", () => {
  it("matches RFC 1321's test suite", () => {
    const text = (s: string) => md5Hex(new TextEncoder().encode(s));
    expect(text("")).toBe("d41d8cd98f00b204e9800998ecf8427e");
    expect(text("a")).toBe("0cc175b9c0f1b6a831c399e269772661");
    expect(text("abc")).toBe("900150983cd24fb0d6963f7d28e17f72");
    expect(text("message digest")).toBe("f96b697d7cb7938d525a2f31aaf161d0");
    expect(text("12345678901234567890123456789012345678901234567890123456789012345678901234567890")).toBe(
      "57edf4a22be3c955ac49da2e2107b67a",
    );
  });

  it("matches node:crypto for every length around the 64-byte block and its padding edge", () => {
    for (let length = 0; length <= 200; length++) {
      const bytes = new Uint8Array(randomBytes(length));
      expect(md5Hex(bytes), `length ${length}`).toBe(reference(bytes));
    }
  });

  it("gives the same digest however the bytes are split into chunks", () => {
    const bytes = new Uint8Array(randomBytes(100_003));
    for (const chunk of [1, 7, 63, 64, 65, 4096, 100_003]) {
      const md5 = new Md5();
      for (let offset = 0; offset < bytes.length; offset += chunk) md5.update(bytes.subarray(offset, offset + chunk));
      expect(md5.hex(), `chunks of ${chunk}`).toBe(reference(bytes));
    }
  });

  it("hashes a megabyte-sized input like node:crypto", () => {
    const bytes = new Uint8Array(randomBytes(3 * 1024 * 1024 + 17));
    expect(md5Hex(bytes)).toBe(reference(bytes));
  });

  it("refuses more bytes once the digest is taken", () => {
    const md5 = new Md5().update(new Uint8Array([1]));
    md5.hex();
    expect(() => md5.update(new Uint8Array([2]))).toThrow(/after digest/);
  });
});
