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
