import { compareMicroversions } from "@openstack-ts/core";

/**
 * The lowest microversion that honours every argument given: `needs` maps an argument to
 * the microversion that introduced it. Nova ignores or refuses a field the microversion
 * of the request does not know, so a call with `locked_reason` must ask for 2.73 while a
 * plain lock must still work on an older cloud.
 */
export function microversionFor(
  args: object,
  needs: Readonly<Record<string, string>>,
  floor?: string,
): string | undefined {
  let wanted = floor;
  for (const [field, version] of Object.entries(needs)) {
    if ((args as Record<string, unknown>)[field] === undefined) continue;
    if (wanted === undefined || compareMicroversions(version, wanted) > 0) wanted = version;
  }
  return wanted;
}

/**
 * Headers asking Nova for `version`, for actions whose microversion depends on their
 * arguments (core's `requires` is one fixed value). Core sets no microversion header for an
 * action without `requires`, so these go out as they are; a configured microversion
 * (`computeDefaultMicroversion`) still wins. A Nova older than `version` answers 406, naming its range.
 */
export function microversionHeaders(version: string | undefined): Record<string, string> {
  return version === undefined
    ? {}
    : { "OpenStack-API-Version": `compute ${version}`, "X-OpenStack-Nova-API-Version": version };
}
