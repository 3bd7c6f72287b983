/**
 * MD5 (RFC 1321), incremental. Swift's ETag is the MD5 of an object's bytes, and Web Crypto
 * has no MD5, so this small one lets an upload send the ETag Swift checks before it stores
 * anything, and a download check the bytes it got. Not for anything secret: MD5 is an
 * integrity check here, as it is in Swift.
 */
export class Md5 {
  #state = Int32Array.of(0x67452301, -271733879, -1732584194, 0x10325476);
  #block = new Uint8Array(64);
  #view = new DataView(this.#block.buffer);
  #words = new Int32Array(16);
  #filled = 0;
  #length = 0;
  #done = false;

  /** Adds bytes; call as often as chunks arrive. */
  update(bytes: Uint8Array): this {
    if (this.#done) throw new Error("Md5: update after digest");
    const length = bytes.byteLength;
    this.#length += length;
    let offset = 0;
    // First complete a block left partly filled by the previous chunk.
    if (this.#filled > 0) {
      offset = Math.min(64 - this.#filled, length);
      this.#block.set(bytes.subarray(0, offset), this.#filled);
      this.#filled += offset;
      if (this.#filled < 64) return this;
      this.#compress(this.#view, 0);
      this.#filled = 0;
    }
    // Whole blocks straight from the input, without copying.
    if (length - offset >= 64) {
      const view = new DataView(bytes.buffer, bytes.byteOffset, length);
      for (; offset + 64 <= length; offset += 64) this.#compress(view, offset);
    }
    // Keep the tail for the next chunk or the padding.
    if (offset < length) {
      this.#block.set(bytes.subarray(offset), 0);
      this.#filled = length - offset;
    }
    return this;
  }

  /** The digest as 32 lowercase hex digits, the way Swift writes ETags. */
  hex(): string {
    if (!this.#done) this.#finish();
    let out = "";
    // Each state word goes out least significant byte first.
    for (const word of this.#state) {
      for (let shift = 0; shift < 32; shift += 8) out += (((word >>> shift) & 0xff) | 0x100).toString(16).slice(1);
    }
    return out;
  }

  #finish(): void {
    const bits = this.#length * 8;
    this.#block[this.#filled++] = 0x80;
    if (this.#filled > 56) {
      this.#block.fill(0, this.#filled);
      this.#compress(this.#view, 0);
      this.#filled = 0;
    }
    this.#block.fill(0, this.#filled, 56);
    this.#view.setUint32(56, bits % 0x1_0000_0000, true);
    this.#view.setUint32(60, Math.floor(bits / 0x1_0000_0000), true);
    this.#compress(this.#view, 0);
    this.#done = true;
  }

  /** One 64-byte block at `at` of `view`, folded into the state. Four loops, one per round, with no branch per step. */
  #compress(view: DataView, at: number): void {
    const w = this.#words;
    for (let i = 0; i < 16; i++) w[i] = view.getInt32(at + i * 4, true);
    const k = constants();
    const state = this.#state;
    let a = state[0]!;
    let b = state[1]!;
    let c = state[2]!;
    let d = state[3]!;
    let t: number;
    let s: number;
    for (let i = 0; i < 16; i++) {
      t = (a + (d ^ (b & (c ^ d))) + k[i]! + w[i]!) | 0;
      s = R1[i & 3]!;
      a = d;
      d = c;
      c = b;
      b = (b + ((t << s) | (t >>> (32 - s)))) | 0;
    }
    for (let i = 16; i < 32; i++) {
      t = (a + (c ^ (d & (b ^ c))) + k[i]! + w[(5 * i + 1) & 15]!) | 0;
      s = R2[i & 3]!;
      a = d;
      d = c;
      c = b;
      b = (b + ((t << s) | (t >>> (32 - s)))) | 0;
    }
    for (let i = 32; i < 48; i++) {
      t = (a + (b ^ c ^ d) + k[i]! + w[(3 * i + 5) & 15]!) | 0;
      s = R3[i & 3]!;
      a = d;
      d = c;
      c = b;
      b = (b + ((t << s) | (t >>> (32 - s)))) | 0;
    }
    for (let i = 48; i < 64; i++) {
      t = (a + (c ^ (b | ~d)) + k[i]! + w[(7 * i) & 15]!) | 0;
      s = R4[i & 3]!;
      a = d;
      d = c;
      c = b;
      b = (b + ((t << s) | (t >>> (32 - s)))) | 0;
    }
    state[0] = (state[0]! + a) | 0;
    state[1] = (state[1]! + b) | 0;
    state[2] = (state[2]! + c) | 0;
    state[3] = (state[3]! + d) | 0;
  }
}

// Rotation amounts of each round's four steps.
const R1 = [7, 12, 17, 22];
const R2 = [5, 9, 14, 20];
const R3 = [4, 11, 16, 23];
const R4 = [6, 10, 15, 21];

let table: Int32Array | undefined;
/** The 64 sine-derived constants, computed on first use (no work at import time). */
function constants(): Int32Array {
  if (table) return table;
  table = new Int32Array(64);
  for (let i = 0; i < 64; i++) table[i] = Math.floor(Math.abs(Math.sin(i + 1)) * 0x1_0000_0000) | 0;
  return table;
}

/** The MD5 of some bytes, as hex. */
export function md5Hex(bytes: Uint8Array): string {
  return new Md5().update(bytes).hex();
}
