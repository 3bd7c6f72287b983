import { sha2Constants } from "./sha2-constants.js";

/** The algorithms this hasher computes, by the names Glance's `os_hash_algo` uses. */
export type Sha2Algorithm = "sha512" | "sha384";

const TWO_32 = 0x1_0000_0000;

/**
 * SHA-512 and SHA-384 (FIPS 180-4) fed piece by piece. Web Crypto's `digest()` wants the
 * whole message at once, which for an image means holding all of it in memory; this hashes
 * a stream as it passes. 64-bit words are kept as pairs of 32-bit halves (high, low), as
 * BigInt arithmetic would be far slower.
 */
export class Sha512 {
  readonly algorithm: Sha2Algorithm;
  #state: Int32Array;
  #block = new Uint8Array(128);
  #used = 0;
  #length = 0;
  #words = new Int32Array(160);
  #done = false;

  constructor(algorithm: Sha2Algorithm = "sha512") {
    this.algorithm = algorithm;
    const { iv512, iv384 } = sha2Constants();
    this.#state = (algorithm === "sha384" ? iv384 : iv512).slice();
  }

  update(data: Uint8Array): this {
    if (this.#done) throw new Error("Sha512: update() after digest()");
    this.#length += data.length;
    let offset = 0;
    if (this.#used > 0) {
      const take = Math.min(128 - this.#used, data.length);
      this.#block.set(data.subarray(0, take), this.#used);
      this.#used += take;
      offset = take;
      if (this.#used < 128) return this;
      this.#compress(this.#block, 0);
      this.#used = 0;
    }
    for (; data.length - offset >= 128; offset += 128) this.#compress(data, offset);
    if (offset < data.length) {
      this.#block.set(data.subarray(offset), 0);
      this.#used = data.length - offset;
    }
    return this;
  }

  /** The digest; the hasher cannot be fed after this. */
  digest(): Uint8Array {
    if (this.#done) throw new Error("Sha512: digest() called twice");
    this.#done = true;
    const block = this.#block;
    block[this.#used++] = 0x80;
    if (this.#used > 112) {
      block.fill(0, this.#used);
      this.#compress(block, 0);
      this.#used = 0;
    }
    // The message length in bits, as a 128-bit big-endian number; its top 64 bits stay 0.
    block.fill(0, this.#used, 120);
    writeWord(block, 120, Math.floor(this.#length / 2 ** 29));
    writeWord(block, 124, this.#length << 3);
    this.#compress(block, 0);
    const out = new Uint8Array(this.algorithm === "sha384" ? 48 : 64);
    for (let i = 0; i < out.length; i += 4) writeWord(out, i, this.#state[i / 4]!);
    return out;
  }

  /** The digest as lower-case hex, as Glance prints `os_hash_value`. */
  hexDigest(): string {
    return Array.from(this.digest(), (byte) => byte.toString(16).padStart(2, "0")).join("");
  }

  #compress(data: Uint8Array, offset: number): void {
    const w = this.#words;
    const k = sha2Constants().k;
    for (let i = 0; i < 32; i++) w[i] = readWord(data, offset + 4 * i);
    for (let t = 16; t < 80; t++) {
      // σ0 = rotr 1 ^ rotr 8 ^ shr 7 of w[t-15]; σ1 = rotr 19 ^ rotr 61 ^ shr 6 of w[t-2].
      let xh = w[2 * (t - 15)]!;
      let xl = w[2 * (t - 15) + 1]!;
      const s0h = ((xh >>> 1) | (xl << 31)) ^ ((xh >>> 8) | (xl << 24)) ^ (xh >>> 7);
      const s0l = ((xl >>> 1) | (xh << 31)) ^ ((xl >>> 8) | (xh << 24)) ^ ((xl >>> 7) | (xh << 25));
      xh = w[2 * (t - 2)]!;
      xl = w[2 * (t - 2) + 1]!;
      const s1h = ((xh >>> 19) | (xl << 13)) ^ ((xl >>> 29) | (xh << 3)) ^ (xh >>> 6);
      const s1l = ((xl >>> 19) | (xh << 13)) ^ ((xh >>> 29) | (xl << 3)) ^ ((xl >>> 6) | (xh << 26));
      const lo = (s0l >>> 0) + (s1l >>> 0) + (w[2 * (t - 7) + 1]! >>> 0) + (w[2 * (t - 16) + 1]! >>> 0);
      w[2 * t] = s0h + s1h + w[2 * (t - 7)]! + w[2 * (t - 16)]! + Math.floor(lo / TWO_32);
      w[2 * t + 1] = lo;
    }

    const s = this.#state;
    let ah = s[0]!,
      al = s[1]!,
      bh = s[2]!,
      bl = s[3]!,
      ch = s[4]!,
      cl = s[5]!,
      dh = s[6]!,
      dl = s[7]!;
    let eh = s[8]!,
      el = s[9]!,
      fh = s[10]!,
      fl = s[11]!,
      gh = s[12]!,
      gl = s[13]!,
      hh = s[14]!,
      hl = s[15]!;
    for (let t = 0; t < 80; t++) {
      // Σ1(e) = rotr 14 ^ rotr 18 ^ rotr 41; Ch(e, f, g) = (e & f) ^ (~e & g).
      const sigma1h = ((eh >>> 14) | (el << 18)) ^ ((eh >>> 18) | (el << 14)) ^ ((el >>> 9) | (eh << 23));
      const sigma1l = ((el >>> 14) | (eh << 18)) ^ ((el >>> 18) | (eh << 14)) ^ ((eh >>> 9) | (el << 23));
      const chooseh = (eh & fh) ^ (~eh & gh);
      const choosel = (el & fl) ^ (~el & gl);
      const t1l = (hl >>> 0) + (sigma1l >>> 0) + (choosel >>> 0) + (k[2 * t + 1]! >>> 0) + (w[2 * t + 1]! >>> 0);
      const t1h = hh + sigma1h + chooseh + k[2 * t]! + w[2 * t]! + Math.floor(t1l / TWO_32);
      // Σ0(a) = rotr 28 ^ rotr 34 ^ rotr 39; Maj(a, b, c) = (a & b) ^ (a & c) ^ (b & c).
      const sigma0h = ((ah >>> 28) | (al << 4)) ^ ((al >>> 2) | (ah << 30)) ^ ((al >>> 7) | (ah << 25));
      const sigma0l = ((al >>> 28) | (ah << 4)) ^ ((ah >>> 2) | (al << 30)) ^ ((ah >>> 7) | (al << 25));
      const majorityh = (ah & bh) ^ (ah & ch) ^ (bh & ch);
      const majorityl = (al & bl) ^ (al & cl) ^ (bl & cl);
      const t2l = (sigma0l >>> 0) + (majorityl >>> 0);
      const t2h = sigma0h + majorityh + Math.floor(t2l / TWO_32);

      hh = gh;
      hl = gl;
      gh = fh;
      gl = fl;
      fh = eh;
      fl = el;
      const el64 = (dl >>> 0) + (t1l >>> 0);
      eh = (dh + t1h + Math.floor(el64 / TWO_32)) | 0;
      el = el64 | 0;
      dh = ch;
      dl = cl;
      ch = bh;
      cl = bl;
      bh = ah;
      bl = al;
      const al64 = (t1l >>> 0) + (t2l >>> 0);
      ah = (t1h + t2h + Math.floor(al64 / TWO_32)) | 0;
      al = al64 | 0;
    }
    add(s, 0, ah, al);
    add(s, 2, bh, bl);
    add(s, 4, ch, cl);
    add(s, 6, dh, dl);
    add(s, 8, eh, el);
    add(s, 10, fh, fl);
    add(s, 12, gh, gl);
    add(s, 14, hh, hl);
  }
}

/** state[i..i+1] += (high, low), modulo 2^64. */
function add(state: Int32Array, i: number, high: number, low: number): void {
  const lo = (state[i + 1]! >>> 0) + (low >>> 0);
  state[i] = state[i]! + high + Math.floor(lo / TWO_32);
  state[i + 1] = lo;
}

function readWord(data: Uint8Array, at: number): number {
  return (data[at]! << 24) | (data[at + 1]! << 16) | (data[at + 2]! << 8) | data[at + 3]!;
}

function writeWord(target: Uint8Array, at: number, value: number): void {
  target[at] = value >>> 24;
  target[at + 1] = value >>> 16;
  target[at + 2] = value >>> 8;
  target[at + 3] = value;
}
