import { isMapping } from "./python-values.js";
import { Settings } from "./settings.js";

/**
 * Explicit options as openstacksdk's `get_one(argparse=…)` takes them: a parsed command
 * line. Keys may be spelled as argparse stores them (`os_auth_url`), as typed
 * (`--os-auth-url`) or in camelCase (`osAuthUrl`, `regionName`); the `os_` prefix is dropped
 * and wins over the same key without it. Empty and unset values are ignored, as argparse
 * defaults are.
 */
export function optionSettings(options: Record<string, unknown> | undefined): Settings {
  const { values, names } = fixArgs(options ?? {});
  return Settings.fromObject(
    values,
    (path) => `option ${path.map((key, i) => (i === 0 ? (names.get(key) ?? key) : key)).join(".")}`,
  );
}

interface FixedArgs {
  values: Record<string, unknown>;
  /** The key each fixed key was given as, to name it in sources. */
  names: Map<string, string>;
}

function fixArgs(options: Record<string, unknown>): FixedArgs {
  const plain: Record<string, unknown> = {};
  const prefixed: Record<string, unknown> = {};
  const names = new Map<string, string>();
  for (const [given, value] of Object.entries(options)) {
    if (value === undefined || value === null || value === "") continue;
    let key = snake(given.replace(/^-+/, ""));
    const isPrefixed = key.startsWith("os_");
    if (isPrefixed) key = key.slice(3);
    const fixed = isMapping(value) ? fixArgs(value).values : value;
    if (isPrefixed) prefixed[key] = fixed;
    else plain[key] = fixed;
    if (isPrefixed || !names.has(key)) names.set(key, given);
  }
  return { values: { ...plain, ...prefixed }, names };
}

/** `osAuthUrl` → `os_auth_url`, `os-auth-url` → `os_auth_url`; snake_case stays. */
function snake(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/-/g, "_")
    .toLowerCase();
}
