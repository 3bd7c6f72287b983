// Medians, ratios and the round-robin every scenario uses.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Runs `measure(contestant, round)` for every contestant, `rounds` times, alternating: round
 * r starts with contestant r mod n, so none is always first (or always right after another's
 * garbage). Other work on the machine then falls on all contestants alike, and medians
 * discard the runs it hit hardest. One unmeasured warm-up round goes first (disk cache,
 * JIT, connection set-up on the server side).
 */
export async function alternate(contestants, rounds, measure, { warmup = 1, log } = {}) {
  const samples = new Map(contestants.map((c) => [c, []]));
  for (let round = -warmup; round < rounds; round++) {
    const shift = ((round % contestants.length) + contestants.length) % contestants.length;
    const order = [...contestants.slice(shift), ...contestants.slice(0, shift)];
    for (const contestant of order) {
      const sample = await measure(contestant, round);
      if (round >= 0) samples.get(contestant).push(sample);
    }
    log?.(round < 0 ? "  warm-up round done" : `  round ${round + 1}/${rounds} done`);
  }
  return samples;
}

/** The median of one field over a contestant's samples. */
export const medianOf = (samples, field) => median(samples.map((s) => s[field]));

export const ratio = (value, base) => `${(value / base).toFixed(2)}×`;

export const fmt = (value, digits = 1) => (Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(digits));

/** A Markdown table from a header row and rows of cells. */
export function table(header, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
