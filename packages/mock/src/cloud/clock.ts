/** A clock that moves only when told: give `now` to mockCloud and test expiry and transitions without waiting. */
export interface ManualClock {
  now(): number;
  advance(ms: number): void;
}

export function manualClock(start = Date.UTC(2030, 0, 1)): ManualClock {
  let time = start;
  return { now: () => time, advance: (ms) => void (time += ms) };
}
