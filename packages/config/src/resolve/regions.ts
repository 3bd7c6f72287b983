import { ConfigError } from "@openstack-ts/core";
import type { CloudEntry } from "./clouds.js";
import type { Profile } from "./profile.js";
import { isMapping, pyStr, pyTruthy } from "./python-values.js";
import { normalizeKey, Settings, type SourceOf } from "./settings.js";

/** A region of a cloud, with the settings that apply only there (`regions: - name: …, values: …`). */
export interface Region {
  readonly name: string;
  readonly values: Settings;
  /** Where the name came from; undefined when no region is known. */
  readonly source: string | undefined;
}

/**
 * The regions a cloud declares, as openstacksdk finds them: its `regions` list, else its
 * `region_name` (a comma-separated list is deprecated), else its profile's regions.
 */
export function knownRegions(
  cloud: CloudEntry,
  profile: () => Profile | undefined,
  warn: (message: string) => void,
): Region[] | undefined {
  const normalized = Object.fromEntries(
    Object.entries(cloud.raw).map(([key, value]) => [normalizeKey(key), [key, value] as const]),
  );
  // A `~` value counts as absent (openstacksdk would crash on it).
  const regions = normalized["regions"];
  if (regions && regions[1] !== null) return expandRegions(regions[1], (path) => cloud.sourceOf([regions[0], ...path]));
  const regionName = normalized["region_name"];
  if (regionName && regionName[1] !== null) {
    const [key, value] = regionName;
    const names = Array.isArray(value) ? value : pyStr(value).split(",");
    if (names.length > 1 && !Array.isArray(value)) {
      warn(
        `${cloud.sourceOf([key])}: a comma-separated region_name is deprecated; list the regions under 'regions' instead`,
      );
    }
    return expandRegions(names, (path) => cloud.sourceOf([key, ...path]));
  }
  // Only the profile's own spelling counts here: a profile's `region-name` is not a region.
  const vendor = profile();
  if (!vendor) return undefined;
  if (pyTruthy(vendor.raw["regions"])) {
    return expandRegions(vendor.raw["regions"], (path) => `profile ${vendor.name}: regions.${path.join(".")}`);
  }
  if (pyTruthy(vendor.raw["region_name"])) {
    return [
      { name: pyStr(vendor.raw["region_name"]), values: new Settings(), source: `profile ${vendor.name}: region_name` },
    ];
  }
  return undefined;
}

function expandRegions(regions: unknown, sourceOf: SourceOf): Region[] {
  if (!Array.isArray(regions)) throw new ConfigError(`${sourceOf([])} must be a list of regions`);
  return regions.map((region: unknown, index) => {
    const at = (path: readonly string[]) => sourceOf([String(index), ...path]);
    if (!isMapping(region)) return { name: pyStr(region), values: new Settings(), source: at([]) };
    const keys = Object.keys(region);
    if (!("name" in region) || keys.some((key) => key !== "name" && key !== "values")) {
      throw new ConfigError(
        `${at([])}: a region entry has a 'name' and optionally 'values'; this one has ${keys.join(", ") || "nothing"}`,
      );
    }
    const values = region["values"] ?? {};
    if (!isMapping(values)) throw new ConfigError(`${at(["values"])} must be a mapping of settings`);
    return {
      name: pyStr(region["name"]),
      values: Settings.fromObject(values, (path) => at(["values", ...path])),
      source: at(["name"]),
    };
  });
}

/**
 * The region to use: the one asked for, which must be one of the known regions; else the
 * first known region; else the one asked for (or none) when the cloud lists none.
 */
export function selectRegion(
  cloudName: string | undefined,
  regions: Region[] | undefined,
  requested: string,
  requestSource: string | undefined,
): Region {
  const asked: Region = { name: requested, values: new Settings(), source: requested ? requestSource : undefined };
  if (!cloudName || !regions || regions.length === 0) return asked;
  if (!requested) return regions[0]!;
  const found = regions.find((region) => region.name === requested);
  if (found) return { ...found, source: requestSource };
  const names = regions.map((region) => region.name);
  const sameLetters = names.find((name) => name.toLowerCase() === requested.toLowerCase());
  throw new ConfigError(
    `Region '${requested}' (${requestSource}) is not a region of cloud '${cloudName}'. Known regions: ${names.join(", ")}. ` +
      "Region names are case-sensitive" +
      (sameLetters ? `: did you mean '${sameLetters}'?` : "."),
  );
}
