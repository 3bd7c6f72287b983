import { MicroversionError } from "../errors/sdk-errors.js";

/** A `major.minor` pair; also accepts `v2.1` and the `latest` keyword. */
export type Microversion = readonly [major: number, minor: number];

export function parseMicroversion(text: string): Microversion {
  const match = /^v?(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) throw new MicroversionError(`'${text}' is not a version (expected major.minor, such as 2.79)`);
  return [Number(match[1]), Number(match[2] ?? 0)];
}

export function compareMicroversions(a: string, b: string): number {
  const [am, an] = parseMicroversion(a);
  const [bm, bn] = parseMicroversion(b);
  return am - bm || an - bn;
}

export interface MicroversionRange {
  min?: string | undefined;
  max?: string | undefined;
}

/**
 * The microversion to send: the caller's explicit choice if given (checked against the
 * server), else min(what the SDK's resource understands, what the server offers).
 * Undefined when the server has no microversions or nothing above its minimum is asked.
 * A call that `requires` more than the server offers fails before any request.
 */
export function negotiateMicroversion(options: {
  server: MicroversionRange | undefined;
  sdkMax?: string | undefined;
  requires?: string | undefined;
  explicit?: string | undefined;
  what: string;
}): string | undefined {
  const { server, sdkMax, requires, explicit, what } = options;
  if (!server?.max) {
    if (requires)
      throw new MicroversionError(`${what} needs microversion ${requires}, but the server offers no microversions`);
    return explicit;
  }
  let chosen = explicit === "latest" ? server.max : explicit;
  if (chosen === undefined) {
    if (!sdkMax && !requires) return undefined;
    // With only `requires`, it is the choice, and must be checked against the server like any other.
    chosen = !sdkMax ? requires! : compareMicroversions(sdkMax, server.max) < 0 ? sdkMax : server.max;
  }
  if (compareMicroversions(chosen, server.max) > 0) {
    throw new MicroversionError(
      `${what}: microversion ${chosen} was asked but the server offers at most ${server.max}`,
    );
  }
  if (server.min && compareMicroversions(chosen, server.min) < 0) {
    throw new MicroversionError(
      `${what}: microversion ${chosen} was asked but the server needs at least ${server.min}`,
    );
  }
  if (requires && compareMicroversions(chosen, requires) < 0) {
    const ceiling = explicit
      ? `the configured microversion is ${chosen}`
      : chosen === server.max
        ? `the server offers at most ${server.max}`
        : `this SDK understands at most ${chosen}`;
    throw new MicroversionError(`${what} needs microversion ${requires}, but ${ceiling}`);
  }
  return chosen;
}
