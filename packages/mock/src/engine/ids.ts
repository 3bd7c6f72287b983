import { md5Hex } from "./md5.js";

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");

function randomBytes(count: number): Uint8Array {
  const bytes = new Uint8Array(count);
  globalThis.crypto.getRandomValues(bytes);
  return bytes;
}

/** A random UUID, the id format of Neutron, Nova, Glance, Cinder and Placement. */
export function uuid(): string {
  if (typeof globalThis.crypto.randomUUID === "function") return globalThis.crypto.randomUUID();
  const b = randomBytes(16);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = hex(b);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** 32 hex digits, Keystone's id format. */
export function hexId(): string {
  return hex(randomBytes(16));
}

/** A random string of `count` bytes in hex, for tokens and secrets. */
export function randomHex(count: number): string {
  return hex(randomBytes(count));
}

/** The same Keystone-style id for the same name, every run: the default cloud's ids are stable. */
export function stableHexId(name: string): string {
  return md5Hex(new TextEncoder().encode(`openstack-ts-mock:${name}`));
}

/** The same UUID for the same name, every run. */
export function stableUuid(name: string): string {
  const h = stableHexId(name);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** `req-<uuid>`, the request id OpenStack's WSGI services send. */
export const requestId = (): string => `req-${uuid()}`;

/** Swift's transaction id: `tx` + 21 hex digits + `-` + the time in hex. */
export const transactionId = (now: number): string =>
  `tx${randomHex(11).slice(0, 21)}-${Math.floor(now / 1000)
    .toString(16)
    .padStart(10, "0")}`;
