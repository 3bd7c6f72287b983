import { compareMicroversions, InvalidArgumentError } from "@openstack-ts/core";

/** Amounts as Placement writes them (`VCPU:1,MEMORY_MB:512`), or as an object. */
export type ResourcesParam = string | Readonly<Record<string, number>>;
type Repeatable = string | readonly string[];

/**
 * `GET /allocation_candidates` filters. The unsuffixed ones form the unnamed request group;
 * a suffix (`resources1`, `required1`, … or, from 1.33, `resources_NIC`) makes a granular
 * group that one provider must satisfy on its own (1.25).
 */
export type AllocationCandidatesQuery = {
  resources?: ResourcesParam;
  /** Traits: `A,B` all of, `!A` not, `in:A,B` any of (1.39); a list repeats the parameter (1.39). */
  required?: Repeatable;
  /** Aggregates: a uuid, `in:A,B`, `!A` (1.32); a list repeats the parameter (1.24). */
  member_of?: Repeatable;
  /** Only providers in the tree of this provider (1.31). */
  in_tree?: string;
  /** At most this many allocation requests (1.16). */
  limit?: number;
  /** `isolate`: separate granular groups on separate providers; `none`: they may share (1.25). */
  group_policy?: "none" | "isolate";
  /** Traits the root provider of each tree must (`A`) or must not (`!A`) have (1.35). */
  root_required?: Repeatable;
  /** Suffixes whose groups must be satisfied within one subtree: `_NIC,_PORT` (1.36). */
  same_subtree?: Repeatable;
} & { readonly [K in `resources${string}`]?: ResourcesParam } & {
  readonly [K in `required${string}` | `member_of${string}`]?: Repeatable;
} & {
  readonly [K in `in_tree${string}`]?: string;
};

// The microversion each parameter first appears in.
const since: Record<string, string> = {
  resources: "1.12",
  limit: "1.16",
  required: "1.17",
  member_of: "1.21",
  group_policy: "1.25",
  in_tree: "1.31",
  root_required: "1.35",
  same_subtree: "1.36",
};
const grouped = /^(resources|required|member_of|in_tree)(.+)$/;

/**
 * The query parameters (a list repeats its key), and the lowest microversion that accepts them all, so a call the server
 * cannot understand fails with `MicroversionError` before it is sent instead of being
 * read differently (below 1.39, Placement silently keeps only the last `required`).
 */
export function candidatesQuery(query: AllocationCandidatesQuery): {
  params: Record<string, (string | number)[]>;
  requires: string;
} {
  let requires = "1.12";
  const params: Record<string, (string | number)[]> = {};
  for (const [key, value] of Object.entries(query) as [string, unknown][]) {
    if (value === undefined) continue;
    const group = grouped.exec(key);
    const base = group ? group[1]! : key;
    if (!Object.hasOwn(since, base)) throw new InvalidArgumentError(`listAllocationCandidates has no filter '${key}'`);
    requires = higher(requires, since[base])!;
    if (group) requires = higher(requires, /^[1-9][0-9]*$/.test(group[2]!) ? "1.25" : "1.33")!;
    const values = Array.isArray(value) ? (value as unknown[]) : [value];
    if (values.length > 1) requires = higher(requires, base === "member_of" ? "1.24" : "1.39")!;
    for (const one of values) {
      if (base === "required" && typeof one === "string" && one.split(",").some((t) => t.startsWith("in:")))
        requires = higher(requires, "1.39")!;
      if (base === "required" && typeof one === "string" && /(^|,)!/.test(one)) requires = higher(requires, "1.22")!;
      if (base === "member_of" && typeof one === "string" && one.startsWith("!")) requires = higher(requires, "1.32")!;
      (params[key] ??= []).push(base === "resources" ? resourcesText(one, key) : scalar(one, key));
    }
  }
  return { params, requires };
}

function resourcesText(value: unknown, key: string): string {
  if (typeof value === "string") return value;
  if (typeof value === "object" && value !== null) {
    return Object.entries(value as Record<string, unknown>)
      .map(([resourceClass, amount]) => `${resourceClass}:${scalar(amount, `${key}.${resourceClass}`)}`)
      .join(",");
  }
  throw new InvalidArgumentError(`listAllocationCandidates: '${key}' must be 'CLASS:amount,…' or an object of amounts`);
}

function scalar(value: unknown, key: string): string | number {
  if (typeof value === "string" || typeof value === "number") return value;
  throw new InvalidArgumentError(
    `listAllocationCandidates: '${key}' must be a string or a number, got ${typeof value}`,
  );
}

/** The higher of two microversions (`undefined` is lower than any). */
function higher(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return compareMicroversions(a, b) >= 0 ? a : b;
}
