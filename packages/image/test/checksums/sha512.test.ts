import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { Sha512, type Sha2Algorithm } from "../../src/checksums/sha512.js";

const text = (s: string) => new TextEncoder().encode(s);
const hex = (algorithm: Sha2Algorithm, ...pieces: Uint8Array[]) => {
  const hasher = new Sha512(algorithm);
  for (const piece of pieces) hasher.update(piece);
  return hasher.hexDigest();
};
const nodeHex = (algorithm: Sha2Algorithm, data: Uint8Array) => createHash(algorithm).update(data).digest("hex");

describe("Sha512", () => {
  // The examples of FIPS 180-4's appendix (NIST's "SHA-512" and "SHA-384" example values).
  it.each([
    [
      "sha512",
      "",
      "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e",
    ],
    [
      "sha512",
      "abc",
      "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
    ],
    [
      "sha512",
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
      "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909",
    ],
    [
      "sha384",
      "abc",
      "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7",
    ],
  ] as const)("%s(%j) is the FIPS 180-4 example value", (algorithm, message, digest) => {
    expect(hex(algorithm, text(message))).toBe(digest);
  });

  it("hashes a million 'a's, fed in uneven pieces, to the FIPS 180-4 value", () => {
    const hasher = new Sha512();
    const piece = text("a".repeat(999));
    for (let fed = 0; fed < 1_000_000; fed += 999)
      hasher.update(fed + 999 <= 1_000_000 ? piece : piece.subarray(0, 1_000_000 - fed));
    expect(hasher.hexDigest()).toBe(
      "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973ebde0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b",
    );
  });

  // Lengths around the padding boundaries (111/112 bytes: the length no longer fits the
  // last block) and the block size (128).
  it.each([0, 1, 55, 111, 112, 113, 127, 128, 129, 239, 240, 255, 256, 1000, 4096, 65_537])(
    "agrees with node:crypto for %i random bytes",
    (length) => {
      const data = new Uint8Array(randomBytes(length));
      expect(hex("sha512", data)).toBe(nodeHex("sha512", data));
      expect(hex("sha384", data)).toBe(nodeHex("sha384", data));
    },
  );

  it("gives the same digest however the input is cut into pieces", () => {
    const data = new Uint8Array(randomBytes(5_000));
    const expected = nodeHex("sha512", data);
    for (const size of [1, 7, 64, 127, 128, 129, 1_000]) {
      const pieces: Uint8Array[] = [];
      for (let at = 0; at < data.length; at += size) pieces.push(data.subarray(at, at + size));
      expect(hex("sha512", ...pieces)).toBe(expected);
    }
  });

  it("reads a view into a larger buffer from its own offset", () => {
    const buffer = new Uint8Array(randomBytes(300));
    const view = buffer.subarray(17, 250);
    expect(hex("sha512", view)).toBe(nodeHex("sha512", Uint8Array.from(view)));
  });

  it("refuses to be fed or read after its digest", () => {
    const hasher = new Sha512();
    hasher.digest();
    expect(() => hasher.update(text("x"))).toThrow(/after digest/);
    expect(() => hasher.digest()).toThrow(/twice/);
  });
});
