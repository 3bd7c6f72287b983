// Each service prints times its own way; these are the formats the real services send.

const iso = (ms: number) => new Date(ms).toISOString(); // 2026-11-27T14:35:29.123Z

/** `2026-11-27T14:35:29Z`: Neutron, Nova, Glance. */
export const isoSeconds = (ms: number): string => `${iso(ms).slice(0, 19)}Z`;

/** `2026-11-27T18:33:34.000000Z`: Keystone's `expires_at` and `issued_at`. */
export const keystoneTime = (ms: number): string => `${iso(ms).slice(0, 19)}.${String(ms % 1000).padStart(3, "0")}000Z`;

/** `2026-11-27T14:28:00.419827`: Cinder, Nova's `launched_at`, Swift's listings (no zone). */
export const microseconds = (ms: number): string => `${iso(ms).slice(0, 19)}.${String(ms % 1000).padStart(3, "0")}000`;

/** `Fri, 27 Nov 2026 14:36:27 GMT`: HTTP's Last-Modified. */
export const httpDate = (ms: number): string => new Date(ms).toUTCString();

/** `1795790186.66720`: Swift's X-Timestamp. */
export const swiftTimestamp = (ms: number): string => (ms / 1000).toFixed(5);
