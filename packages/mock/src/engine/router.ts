import type { Route } from "./types.js";

interface Compiled {
  readonly route: Route;
  readonly methods: readonly string[];
  readonly segments: readonly string[];
}

export type Match = { route: Route; params: Record<string, string> } | { allowed: string[] } | undefined;

const decode = (segment: string): string => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

/**
 * Matches a path (relative to a service's root, not decoded) against routes declared as
 * `v2.0/networks/:id`. A trailing slash is ignored except under a `*rest` segment, where it
 * is part of the name (Swift's pseudo-folder objects end in `/`).
 */
export function createRouter(routes: readonly Route[]) {
  const compiled: Compiled[] = routes.map((route) => ({
    route,
    methods: (typeof route.method === "string" ? [route.method] : route.method).map((m) => m.toUpperCase()),
    segments: route.path.split("/").filter(Boolean),
  }));

  return (method: string, path: string): Match => {
    const raw = path.split("/");
    if (raw[0] === "") raw.shift();
    const trimmed = raw.length > 0 && raw[raw.length - 1] === "" ? raw.slice(0, -1) : raw;
    const allowed = new Set<string>();
    for (const entry of compiled) {
      const params = matchSegments(entry.segments, raw, trimmed);
      if (!params) continue;
      if (entry.methods.includes(method) || (method === "HEAD" && entry.methods.includes("GET"))) {
        // An explicit HEAD route wins over GET's.
        const exact = compiled.find(
          (other) => other !== entry && other.methods.includes(method) && matchSegments(other.segments, raw, trimmed),
        );
        if (method === "HEAD" && !entry.methods.includes("HEAD") && exact)
          return { route: exact.route, params: matchSegments(exact.segments, raw, trimmed)! };
        return { route: entry.route, params };
      }
      for (const m of entry.methods) allowed.add(m);
    }
    return allowed.size > 0 ? { allowed: [...allowed] } : undefined;
  };
}

function matchSegments(
  pattern: readonly string[],
  raw: readonly string[],
  trimmed: readonly string[],
): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const part = pattern[i]!;
    if (part.startsWith("*")) {
      if (raw.length <= i) return undefined;
      const rest = raw.slice(i).join("/");
      if (rest === "") return undefined;
      params[part.slice(1)] = decode(rest);
      return params;
    }
    const actual = trimmed[i];
    if (actual === undefined || actual === "") return undefined;
    if (part.startsWith(":")) params[part.slice(1)] = decode(actual);
    else if (part !== actual) return undefined;
  }
  return trimmed.length === pattern.length ? params : undefined;
}
