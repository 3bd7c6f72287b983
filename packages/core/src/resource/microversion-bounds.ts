import { compareMicroversions } from "../discovery/microversion.js";
import { MicroversionError } from "../errors/sdk-errors.js";
import type { ResourceSpec } from "./resource-spec.js";

/**
 * Refuses a field or query parameter a call would send at a microversion its declared
 * bound (`microversionBounds`) excludes: a service ignores a parameter an older
 * microversion does not know (Cinder's delete `force` before 3.23: the volume would be
 * deleted without it), and Nova refuses one a newer microversion removed (a flavor's
 * `rxtx_factor` from 2.102).
 * Undefined `microversion` is the server's base version, below every `addedIn`.
 */
export function checkMicroversionBounds(
  spec: ResourceSpec,
  what: string,
  names: Iterable<string>,
  microversion: string | undefined,
): void {
  const bounds = spec.microversionBounds;
  if (!bounds) return;
  const uses = microversion === undefined ? "none (the server's base version)" : microversion;
  for (const name of names) {
    const bound = Object.hasOwn(bounds, name) ? bounds[name] : undefined;
    if (bound?.addedIn && (microversion === undefined || compareMicroversions(microversion, bound.addedIn) < 0))
      throw new MicroversionError(
        `${what}: '${name}' needs microversion ${bound.addedIn} or later, but this call uses ${uses}`,
      );
    if (bound?.removedIn && microversion !== undefined && compareMicroversions(microversion, bound.removedIn) >= 0)
      throw new MicroversionError(
        `${what}: '${name}' was removed in microversion ${bound.removedIn}, and this call uses ${microversion}; leave it out, or use a microversion below ${bound.removedIn}`,
      );
  }
}
