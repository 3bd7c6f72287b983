/** 1536 → "1.5 KiB"; sizes as Glance and Swift give them (bytes), null/undefined → "—". */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return "—";
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** A progress ratio (0…1) as a whole percentage, never 100 % before the end. */
export function formatPercent(ratio: number, done = false): string {
  if (done) return "100 %";
  return `${Math.min(99, Math.floor(Math.max(0, ratio) * 100))} %`;
}

/** The first 8 characters of an id, enough to tell rows apart; the whole id is in the title. */
export function shortId(id: string): string {
  return id.length > 8 ? `${id.slice(0, 8)}…` : id;
}

/** How a status reads at a glance: done, failed, still moving, or at rest (nothing to watch). */
export type StatusTone = "good" | "bad" | "busy" | "idle";

/**
 * The tone of a status word, whatever service gave it: Nova's ACTIVE, Cinder's available,
 * Heat's CREATE_COMPLETE, Octavia's ONLINE, Ironic's `power on` are done; ERROR, *_FAILED,
 * `deploy failed`, killed, down failed; Octavia's OFFLINE, NO_MONITOR and DISABLED, Ironic's
 * `power off`, `enroll` and `manageable` are at rest (a state a person chose, not a fault);
 * anything else (BUILD, PENDING_*, *_IN_PROGRESS, creating, cleaning) is still moving.
 */
export function statusTone(status: string): StatusTone {
  if (/^(active|available|in-use|up|online|power on)$|_complete$/i.test(status)) return "good";
  if (/error|fail|killed|down/i.test(status)) return "bad";
  if (/^(offline|no_monitor|disabled|power off|enroll|manageable)$/i.test(status)) return "idle";
  return "busy";
}

/** A secret's payload as the SDK hands it: bytes shown only when asked. */
interface Payload {
  readonly contentType: string;
  text(): string;
  base64(): string;
}

/**
 * A payload as the page shows it: text when its media type is text and its bytes are UTF-8,
 * else base64 (keys, certificates in DER), with the encoding named so no one reads base64 as
 * the secret itself.
 */
export function payloadForDisplay(payload: Payload): { text: string; encoding: "text" | "base64" } {
  if (/^text\//i.test(payload.contentType)) {
    try {
      return { text: payload.text(), encoding: "text" };
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
    }
  }
  return { text: payload.base64(), encoding: "base64" };
}

/** Barbican's `content_types` (`{default: "text/plain"}`) in a line: "text/plain", or "default: a, x: b". */
export function formatContentTypes(types: Readonly<Record<string, string>> | undefined): string {
  const entries = Object.entries(types ?? {});
  if (entries.length === 0) return "—";
  if (entries.length === 1 && entries[0]![0] === "default") return entries[0]![1];
  return entries.map(([name, type]) => `${name}: ${type}`).join(", ");
}
