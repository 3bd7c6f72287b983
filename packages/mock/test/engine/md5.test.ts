import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { md5Hex, sha512Hex } from "../../src/engine/md5.js";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("md5Hex", () => {
  it("matches RFC 1321's test suite", () => {
    expect(md5Hex(bytes(""))).toBe("d41d8cd98f00b204e9800998ecf8427e");
    expect(md5Hex(bytes("abc"))).toBe("900150983cd24fb0d6963f7d28e17f72");
    expect(md5Hex(bytes("message digest"))).toBe("f96b697d7cb7938d525a2f31aaf161d0");
    expect(md5Hex(bytes("12345678901234567890123456789012345678901234567890123456789012345678901234567890"))).toBe(
      "57edf4a22be3c955ac49da2e2107b67a",
    );
  });

  it("matches Node's MD5 at every length around the block and padding boundaries", () => {
    for (let length = 0; length < 200; length++) {
      const data = Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 0xff);
      expect(md5Hex(data)).toBe(createHash("md5").update(data).digest("hex"));
    }
  });

  it("gives Swift's ETag for 'hello world', as the real Swift answered", () => {
    expect(md5Hex(bytes("hello world"))).toBe("5eb63bbbe01eeed093cb22bb8f5acdc3");
  });
});

describe("sha512Hex", () => {
  it("gives Glance's os_hash_value for 'hello world', as the real Glance answered", async () => {
    expect(await sha512Hex(bytes("hello world"))).toBe(
      "309ecc489c12d6eb4cc40f50c902f2b4d0ed77ee511a7c7a9bcd3ca86d4cd86f989dd35bc5ff499670da34255b45b0cfd830e81f605dcf7dc5542e93ae9cd76f",
    );
  });
});
