// RFC 6238 passcodes for the e2e tests: HMAC-SHA1 over the 30-second step count, six digits,
// as Keystone's TOTP method computes them. Test support only; the SDK never makes passcodes.
import { createHmac, randomBytes } from "node:crypto";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const STEP_SECONDS = 30;

/** A new base32 secret (20 random bytes: 32 characters, no padding), as a TOTP credential's blob. */
export function newTotpSecret(): string {
  let bits = "";
  for (const byte of randomBytes(20)) bits += byte.toString(2).padStart(8, "0");
  let out = "";
  for (let i = 0; i + 5 <= bits.length; i += 5) out += ALPHABET[Number.parseInt(bits.slice(i, i + 5), 2)];
  return out;
}

function base32Bytes(secret: string): Buffer {
  let bits = "";
  for (const char of secret.replace(/=+$/, "").toUpperCase()) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) throw new Error(`not base32: '${char}'`);
    bits += value.toString(2).padStart(5, "0");
  }
  const bytes: number[] = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(Number.parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** The passcode for the 30-second window holding `at` (ms since the epoch). */
export function totpPasscode(secret: string, at: number = Date.now()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / STEP_SECONDS)));
  const mac = createHmac("sha1", base32Bytes(secret)).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const code = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return code.toString().padStart(6, "0");
}

/**
 * A passcode for the current window, or, within `margin` ms of the window's end, the next
 * window's after waiting for it: a passcode made at 29.9 s may reach Keystone in the next
 * window (Keystone accepts only the current one, unless `[totp] included_previous_windows`).
 */
export async function freshPasscode(secret: string, margin = 3_000): Promise<string> {
  const left = STEP_SECONDS * 1000 - (Date.now() % (STEP_SECONDS * 1000));
  if (left < margin) await new Promise((resolve) => setTimeout(resolve, left + 50));
  return totpPasscode(secret);
}

/** A six-digit passcode that is not the one for `at` (nor its neighbours). */
export function wrongPasscode(secret: string, at: number = Date.now()): string {
  const near = new Set([-1, 0, 1].map((k) => totpPasscode(secret, at + k * STEP_SECONDS * 1000)));
  let code = 0;
  while (near.has(code.toString().padStart(6, "0"))) code++;
  return code.toString().padStart(6, "0");
}
