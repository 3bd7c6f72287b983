import { ConfigError } from "@openstack-ts/core";
import { DEFAULTS } from "../data/defaults.js";
import { isSecretKey, ResolvedCloud } from "../resolved-cloud.js";
import type { ResolveInput } from "../types.js";
import { applyOptionAuth, authTypeOf, checkAuth, fillAuthFromEnv, gatherAuthOptions } from "./auth-type.js";
import { cloudCatalog, type CloudCatalog } from "./clouds.js";
import { fillPlaceholders } from "./format.js";
import { applyLegacyFixes } from "./legacy.js";
import { optionSettings } from "./options.js";
import { expandProfile, type Profile } from "./profile.js";
import { pyStr } from "./python-values.js";
import { knownRegions, selectRegion } from "./regions.js";
import { resolvedFields } from "./result.js";
import { Settings } from "./settings.js";

/**
 * Resolves one cloud region from clouds.yaml, secure.yaml, clouds-public.yaml, `OS_*`
 * variables and explicit options, with openstacksdk's precedence: options over the region's
 * values over the cloud's settings (secure.yaml merged in) over its vendor profile over
 * defaults. Pure: reads nothing but its input, so it runs in browsers too.
 *
 * Deliberate differences, each a trap in openstacksdk: `OS_REGION_NAME` and `OS_INTERFACE`
 * apply to whichever cloud is chosen (below explicit options), and `OS_*` auth variables fill
 * what a file cloud leaves out, where openstacksdk ignores them unless the cloud is made of
 * `OS_*` variables; auth options (`--os-project-name`) win over the file's `auth:`, where
 * openstacksdk keeps the file's value.
 */
export function resolveCloud(input: ResolveInput = {}): ResolvedCloud {
  const env = input.env ?? {};
  const files = input.files ?? {};
  const warnings: string[] = [];
  const warn = (message: string) => {
    if (warnings.includes(message)) return;
    warnings.push(message);
    input.onWarning?.(message);
  };

  const catalog = cloudCatalog(input.clouds, input.secure, env, files);
  const args = optionSettings(input.options);
  const explicit = args.clone();
  const optionCloud = args.top.get("cloud");
  args.top.delete("cloud");
  const [name, nameSource] = chooseCloud(input.cloudName, optionCloud?.value, optionCloud?.source, env, catalog);
  const entry = name ? catalog.clouds.get(name) : undefined;
  if (name && !entry) throw unknownCloud(name, nameSource, catalog, input);

  // The profile is expanded at most once; openstacksdk does it twice, with the same result.
  let profile: Profile | undefined | null = null;
  const profileOf = () => {
    if (profile === null) {
      profile = entry
        ? expandProfile(name, entry.raw, {
            publicClouds: input.publicClouds,
            publicCloudsFile: files.publicClouds,
            envKey: catalog.envKey,
            warn,
          })
        : undefined;
    }
    return profile;
  };

  const config = Settings.fromObject(DEFAULTS, () => "default");
  if (entry) {
    const vendor = profileOf();
    if (vendor) config.update(vendor.settings);
    config.update(Settings.fromObject(entry.raw, entry.sourceOf));
  }
  config.top.delete("cloud");

  if (name !== catalog.envKey) {
    // The deliberate difference: the environment's region and interface reach every cloud.
    for (const [key, variable] of [
      ["region_name", "OS_REGION_NAME"],
      ["interface", "OS_INTERFACE"],
    ] as const) {
      const value = env[variable];
      if (value && !args.top.has(key)) args.top.set(key, { value, source: `env ${variable}` });
    }
  }

  const requested = args.top.get("region_name");
  const region = selectRegion(
    name,
    entry ? knownRegions(entry, profileOf, warn) : undefined,
    requested ? pyStr(requested.value) : "",
    requested?.source,
  );
  config.top.delete("regions");
  config.update(region.values, true);
  args.top.set("region_name", { value: region.name, source: region.source ?? "default" });
  config.update(args, true);

  applyLegacyFixes(config);
  const authType = authTypeOf(config);
  gatherAuthOptions(config, authType);
  applyOptionAuth(config, explicit, authType);
  if (name !== catalog.envKey) fillAuthFromEnv(config, env, authType);
  if (input.validate !== false) checkAuth(config, authType, describeCloud(name, catalog, files.clouds));

  // openstacksdk fills `{placeholders}` in every top-level text setting but the password;
  // no secret is touched here, so none can end up quoted in an error.
  for (const [key, item] of config.top) {
    if (typeof item.value === "string" && !isSecretKey(key)) {
      config.top.set(key, { ...item, value: fillPlaceholders(item.value, config.topValues(), item.source) });
    }
  }

  const vendor = entry ? profileOf() : undefined;
  return new ResolvedCloud(
    resolvedFields({ name: name ?? "", nameSource, config, authType, profile: vendor?.name, warn, warnings }),
  );
}

function chooseCloud(
  cloudName: string | undefined,
  optionCloud: unknown,
  optionSource: string | undefined,
  env: Record<string, string | undefined>,
  catalog: CloudCatalog,
): [string | undefined, string] {
  if (cloudName) return [cloudName, "cloudName"];
  if (typeof optionCloud === "string" && optionCloud) return [optionCloud, optionSource ?? "option cloud"];
  const chosen = catalog.defaultCloud;
  if (chosen === undefined) return [undefined, "no cloud selected"];
  if (env["OS_CLOUD"] && chosen === env["OS_CLOUD"]) return [chosen, "env OS_CLOUD"];
  if (chosen === catalog.envKey) return [chosen, "OS_* variables"];
  if (chosen === "defaults" && catalog.fileCloudNames.length === 0)
    return [chosen, "no clouds configured: defaults only"];
  return [chosen, "the only cloud"];
}

function unknownCloud(name: string, nameSource: string, catalog: CloudCatalog, input: ResolveInput): ConfigError {
  const files = input.files ?? {};
  const known = catalog.fileCloudNames.length > 0 ? catalog.fileCloudNames.join(", ") : "none";
  const envCloud = catalog.clouds.has(catalog.envKey) ? `; '${catalog.envKey}' is made of OS_* variables` : "";
  const read = [files.clouds, files.secure].filter(Boolean).join(" and ");
  const searched = files.searched && files.searched.length > 0 ? ` Files searched: ${files.searched.join(", ")}.` : "";
  return new ConfigError(
    `Cloud '${name}' (${nameSource}) was not found. Known clouds: ${known}${envCloud}.` +
      (read ? ` Read: ${read}.` : input.clouds ? "" : " No clouds.yaml was found or given.") +
      searched,
  );
}

function describeCloud(name: string | undefined, catalog: CloudCatalog, file: string | undefined): string {
  if (name === "defaults" && catalog.fileCloudNames.length === 0 && !catalog.clouds.has(catalog.envKey)) {
    return "No cloud is configured (no clouds.yaml was found or given, and no OS_* variables are set)";
  }
  if (name) return `Cloud '${name}'`;
  const names = catalog.fileCloudNames.join(", ");
  return `No cloud was selected (${file ?? "clouds.yaml"} has ${names}: name one with cloudName, options.cloud or OS_CLOUD)`;
}
