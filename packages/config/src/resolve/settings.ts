import { ConfigError } from "@openstack-ts/core";
import { isMapping, isNumber, PyFloat, pyStr } from "./python-values.js";

/** One setting and where it came from: a file and key, an environment variable, an option, a profile. */
export interface Entry {
  readonly value: unknown;
  readonly source: string;
}

/** Names where a value came from, given the path of keys as written in the source. */
export type SourceOf = (path: readonly string[]) => string;

// Settings whose value goes into a URL: a number or a mapping there is a typo, not a URL.
const URL_KEY = /(^|_)(auth_url|endpoint|endpoint_override)$/;
// openstacksdk keeps these integers as numbers; every other number becomes a string.
const NUMERIC_KEYS: readonly string[] = ["api_timeout", "verbose_level"];

/**
 * A cloud's settings while they are resolved, shaped like openstacksdk's config dict: top-level
 * keys plus the `auth` mapping. Maps keep insertion order, which openstacksdk's legacy fixes
 * depend on (a later key wins when two spellings collide).
 */
export class Settings {
  readonly top = new Map<string, Entry>();
  readonly auth = new Map<string, Entry>();

  /**
   * Reads a cloud entry (or profile, region values, options) the way openstacksdk normalizes
   * it: `-` in keys becomes `_`, numbers become strings, and values that cannot be right fail
   * here with the key and the file named.
   */
  static fromObject(object: Record<string, unknown>, sourceOf: SourceOf): Settings {
    const settings = new Settings();
    for (const [rawKey, value] of Object.entries(object)) {
      const key = normalizeKey(rawKey);
      if (key === "auth") {
        if (value === null || value === undefined) continue;
        if (!isMapping(value)) throw typeError(sourceOf([rawKey]), "a mapping of auth arguments", value);
        for (const [rawAuthKey, authValue] of Object.entries(value)) {
          const authKey = normalizeKey(rawAuthKey);
          const source = sourceOf([rawKey, rawAuthKey]);
          settings.auth.set(authKey, { value: normalizeValue(authKey, checked(authKey, authValue, source)), source });
        }
        continue;
      }
      const source = sourceOf([rawKey]);
      settings.top.set(key, { value: normalizeValue(key, checked(key, value, source)), source });
    }
    return settings;
  }

  clone(): Settings {
    const copy = new Settings();
    for (const [key, entry] of this.top) copy.top.set(key, entry);
    for (const [key, entry] of this.auth) copy.auth.set(key, entry);
    return copy;
  }

  /**
   * openstacksdk's `_auth_update`: keys of `other` replace ours, and its auth arguments
   * merge into ours one by one. With `skipNull`, unset values (`~` in YAML) do not erase,
   * as for region values and options.
   */
  update(other: Settings, skipNull = false): void {
    for (const [key, entry] of other.top) {
      if (!(skipNull && entry.value === null)) this.top.set(key, entry);
    }
    for (const [key, entry] of other.auth) {
      if (!(skipNull && entry.value === null)) this.auth.set(key, entry);
    }
  }

  value(key: string): unknown {
    return this.top.get(key)?.value ?? undefined;
  }

  authValue(key: string): unknown {
    return this.auth.get(key)?.value ?? undefined;
  }

  /** The top-level values as a plain object, for `{placeholder}` filling. */
  topValues(): Record<string, unknown> {
    return Object.fromEntries([...this.top].map(([key, entry]) => [key, entry.value]));
  }
}

export function normalizeKey(key: string): string {
  return key.replace(/-/g, "_");
}

/** openstacksdk's `normalize_keys` for one value: nested mappings too, lists untouched. */
export function normalizeValue(key: string, value: unknown): unknown {
  if (value instanceof PyFloat) return pyStr(value);
  if (typeof value === "number") return NUMERIC_KEYS.includes(key) ? value : pyStr(value);
  if (isMapping(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [normalizeKey(k), normalizeValue(normalizeKey(k), v)]),
    );
  }
  return value;
}

function checked(key: string, value: unknown, source: string): unknown {
  if (value === null || value === undefined || typeof value === "string") return value;
  if (URL_KEY.test(key)) throw typeError(source, "a URL (a string)", value);
  if (key === "regions" && !Array.isArray(value)) throw typeError(source, "a list of regions", value);
  return value;
}

function typeError(source: string, wanted: string, value: unknown): ConfigError {
  return new ConfigError(`${source} must be ${wanted}, not ${describe(value)}`);
}

function describe(value: unknown): string {
  if (isNumber(value)) return `the number ${pyStr(value)}`;
  if (typeof value === "boolean") return `the boolean ${String(value)}`;
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return typeof value;
}
