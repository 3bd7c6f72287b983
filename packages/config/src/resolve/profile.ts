import { ConfigError } from "@openstack-ts/core";
import { VENDORS } from "../data/vendors.js";
import { isMapping } from "./python-values.js";
import { Settings } from "./settings.js";

export interface ProfileContext {
  /** A parsed clouds-public.yaml, whose `public-clouds` win over the built-in vendors. */
  readonly publicClouds: unknown;
  readonly publicCloudsFile: string | undefined;
  /** The `envvars` cloud's name: `OS_CLOUD` lands in it as `cloud`, which is not a profile. */
  readonly envKey: string;
  warn(message: string): void;
}

export interface Profile {
  readonly name: string;
  /** As written, before key normalization: openstacksdk reads its regions that way. */
  readonly raw: Record<string, unknown>;
  readonly settings: Settings;
}

/**
 * The vendor profile a cloud names with `profile:` (or the older `cloud:`), from
 * clouds-public.yaml or the built-in vendors. A profile whose status is `shutdown` is an
 * error and a `deprecated` one a warning, wherever it is defined.
 */
export function expandProfile(
  cloudName: string | undefined,
  cloud: Record<string, unknown>,
  context: ProfileContext,
): Profile | undefined {
  const name = cloud["profile"] ?? cloud["cloud"];
  if (typeof name !== "string" || name === "" || name === context.envKey) return undefined;
  if ("cloud" in cloud) {
    context.warn(
      `Cloud '${cloudName}' names its vendor profile with 'cloud', which is deprecated; use 'profile: ${name}'`,
    );
  }
  const publicClouds = isMapping(context.publicClouds) ? context.publicClouds["public-clouds"] : undefined;
  const published = isMapping(publicClouds) ? publicClouds[name] : undefined;
  if (published !== undefined) {
    if (!isMapping(published))
      throw new ConfigError(
        `${context.publicCloudsFile ?? "clouds-public.yaml"}: public-clouds.${name} must be a mapping`,
      );
    const file = context.publicCloudsFile ?? "clouds-public.yaml";
    return active(name, published, (path) => `${file}: public-clouds.${name}.${path.join(".")}`, context);
  }
  let data = builtIn(name);
  if (data === undefined) {
    context.warn(`Couldn't find the vendor profile '${name}' for the cloud '${cloudName}'`);
    return undefined;
  }
  const nested = data["profile"];
  if (typeof nested === "string") data = builtIn(nested) ?? withoutKey(data, "profile");
  return active(name, data, (path) => `profile ${name}: ${path.join(".")}`, context);
}

function builtIn(name: string): Record<string, unknown> | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(name)) {
    // openstacksdk would fetch <url>/.well-known/openstack/api at this point.
    throw new ConfigError(
      `Profile '${name}' is a URL; remote profiles are not fetched. Put the profile in clouds-public.yaml under public-clouds instead`,
    );
  }
  const profile = VENDORS[name];
  return profile ? { ...profile } : undefined;
}

function active(
  name: string,
  data: Record<string, unknown>,
  sourceOf: (path: readonly string[]) => string,
  context: ProfileContext,
): Profile {
  const status = data["status"] ?? "active";
  const message = typeof data["message"] === "string" && data["message"] ? `: ${data["message"]}` : "";
  if (status === "shutdown")
    throw new ConfigError(`Profile '${name}' references a cloud that no longer exists${message}`);
  if (status === "deprecated") context.warn(`Profile '${name}' is deprecated${message}`);
  const raw = withoutKey(withoutKey(data, "status"), "message");
  return { name, raw, settings: Settings.fromObject(raw, sourceOf) };
}

function withoutKey(data: Record<string, unknown>, key: string): Record<string, unknown> {
  const { [key]: _, ...rest } = data;
  return rest;
}
