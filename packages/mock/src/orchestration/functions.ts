// The template functions the fake engine evaluates, in properties and outputs.
import type { Row } from "../engine/types.js";

/** What a function reads: the stack's parameter values and its resources by name. */
export interface Scope {
  readonly parameters: Row;
  readonly resources: ReadonlyMap<string, Row>;
}

/** A function the fake cannot evaluate: an output shows it as `output_error`, as Heat shows its own failures. */
export class Unresolvable extends Error {}

const FUNCTIONS = new Set(["get_param", "get_attr", "get_resource", "list_join", "str_replace"]);

/**
 * A value with its functions evaluated: `get_param`, `get_resource` (the physical id),
 * `get_attr` (an attribute of a finished resource; null before, as Heat shows it),
 * `list_join`, and `str_replace` with `params`. Any other `{fn: …}` of one key that looks
 * like a function (`get_file`, `repeat`, `yaql`, …) is {@link Unresolvable}.
 */
export function resolve(value: unknown, scope: Scope): unknown {
  if (Array.isArray(value)) return value.map((entry) => resolve(entry, scope));
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.entries(value as Row);
  if (entries.length === 1) {
    const [name, args] = entries[0]!;
    if (FUNCTIONS.has(name)) return call(name, args, scope);
    if (
      /^(get_|list_|str_|map_|if$|not$|and$|or$|equals$|contains$|repeat$|yaql$|digest$|filter$|make_url$)/.test(name)
    )
      throw new Unresolvable(`the fake cloud does not evaluate ${name}`);
  }
  return Object.fromEntries(entries.map(([key, entry]) => [key, resolve(entry, scope)]));
}

function call(name: string, args: unknown, scope: Scope): unknown {
  switch (name) {
    case "get_param": {
      const [param, ...path] = [args].flat() as unknown[];
      if (!(String(param) in scope.parameters))
        throw new Unresolvable(`The Parameter (${String(param)}) was not defined`);
      return dig(scope.parameters[String(param)], path);
    }
    case "get_resource":
      return resourceNamed(scope, args)["physical_resource_id"] ?? null;
    case "get_attr": {
      const [resource, attribute, ...path] = resolve(args, scope) as unknown[];
      const row = resourceNamed(scope, resource);
      // Before its create finished, a resource has no attributes yet.
      if (["INIT_COMPLETE", "CREATE_IN_PROGRESS"].includes(String(row["resource_status"]))) return null;
      return dig((row["_attributes"] as Row)[String(attribute)] ?? null, path);
    }
    case "list_join": {
      const [separator, ...lists] = resolve(args, scope) as unknown[];
      return lists.flatMap((list) => [list].flat()).join(String(separator));
    }
    default: {
      const spec = resolve(args, scope) as Row;
      let text = String(spec["template"] ?? "");
      for (const [from, to] of Object.entries((spec["params"] as Row | undefined) ?? {}))
        text = text.split(from).join(String(to));
      return text;
    }
  }
}

function resourceNamed(scope: Scope, name: unknown): Row {
  const row = scope.resources.get(String(name));
  if (!row) throw new Unresolvable(`The specified reference "${String(name)}" (in unknown) is incorrect.`);
  return row;
}

const dig = (value: unknown, path: readonly unknown[]): unknown =>
  path.reduce<unknown>((at, key) => (at && typeof at === "object" ? (at as Row)[String(key)] : null), value);
