/**
 * The SHA-512 family's constants, derived rather than tabled: FIPS 180-4 defines them as
 * the first 64 bits of the fractional parts of the cube roots (round constants) and square
 * roots (initial hash values) of the first primes. BigInt integer roots give those bits
 * exactly; the tests check the result against node:crypto. Computed on first use, never at
 * import time.
 */
export interface Sha2Constants {
  /** 80 round constants, each as a high and a low 32-bit half. */
  readonly k: Int32Array;
  /** Initial hash value of SHA-512 (primes 2 … 19). */
  readonly iv512: Int32Array;
  /** Initial hash value of SHA-384 (primes 23 … 53). */
  readonly iv384: Int32Array;
}

let cached: Sha2Constants | undefined;

export function sha2Constants(): Sha2Constants {
  cached ??= derive();
  return cached;
}

function derive(): Sha2Constants {
  const primes = firstPrimes(80);
  const k = new Int32Array(160);
  // floor(cbrt(p) · 2^64) = floor(cbrt(p · 2^192)); its low 64 bits are the fractional part's.
  for (const [i, p] of primes.entries()) setWord(k, i, integerRoot(BigInt(p) << 192n, 3n));
  const iv = (from: number) => {
    const words = new Int32Array(16);
    for (let i = 0; i < 8; i++) setWord(words, i, integerRoot(BigInt(primes[from + i]!) << 128n, 2n));
    return words;
  };
  return { k, iv512: iv(0), iv384: iv(8) };
}

function setWord(target: Int32Array, index: number, value: bigint): void {
  const low64 = value & 0xffff_ffff_ffff_ffffn;
  target[2 * index] = Number(low64 >> 32n) | 0;
  target[2 * index + 1] = Number(low64 & 0xffff_ffffn) | 0;
}

function firstPrimes(count: number): number[] {
  const primes: number[] = [];
  for (let n = 2; primes.length < count; n++) {
    if (primes.every((p) => p * p > n || n % p !== 0)) primes.push(n);
  }
  return primes;
}

/** floor(n^(1/degree)) by Newton's method, from a start above the root (the sequence then falls to it). */
function integerRoot(n: bigint, degree: bigint): bigint {
  let x = 1n << (BigInt(n.toString(2).length) / degree + 1n);
  for (;;) {
    const next = ((degree - 1n) * x + n / x ** (degree - 1n)) / degree;
    if (next >= x) return x;
    x = next;
  }
}
