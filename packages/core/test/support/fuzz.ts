// Shared arbitraries for the fuzz tests (*.fuzz.test.ts): what a server, a proxy or a
// broken cloud could send, as JSON.parse would build it. Test support, outside src/.
import fc from "fast-check";

/** Keys that pollute a prototype when code builds objects from server JSON carelessly. */
export const DANGEROUS_KEYS = ["__proto__", "constructor", "prototype"] as const;

const vocabulary = [
  ...DANGEROUS_KEYS,
  "links",
  "next",
  "href",
  "rel",
  "self",
  "versions",
  "version",
  "values",
  "id",
  "status",
  "url",
  "type",
  "interface",
  "region",
  "region_id",
  "endpoints",
  "max_version",
  "min_version",
  "message",
  "error",
  "errors",
  "detail",
  "title",
  "code",
  "faultstring",
  "NeutronError",
  "error_message",
  "itemNotFound",
  "networks",
  "networks_links",
  "images",
  "truncated",
];

/** Strings that have broken URL handling elsewhere: relative, protocol-relative, invalid, other hosts. */
const urlish = fc.constantFrom(
  "",
  "/",
  "http://",
  "https://",
  "http://[",
  "http://h.test:99999/",
  "javascript:alert(1)",
  "//evil.test/x",
  "../../etc/passwd",
  "/v2/images?marker=abc",
  "v2.0/networks?marker=1",
  "http://evil.test/v2.0/networks?marker=2",
  "http://127.0.0.1:9696/v2.0/networks?marker=3",
  "%zz",
  "http://user:pass@h.test/",
  "\u0000",
  "http://h.test/%2e%2e/%2e%2e/",
);

const scalar = fc.oneof(
  fc.string({ maxLength: 12 }),
  urlish,
  fc.webUrl({ withQueryParameters: true }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);

/** A JSON tree; objects as entry lists so that `__proto__` can be an own key, as in parsed JSON. */
type Tree = unknown | Tree[] | { entries: [string, Tree][] };
const key = fc.oneof(fc.constantFrom(...vocabulary), fc.string({ maxLength: 6 }));
const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: "small", maxDepth: 5 },
    scalar,
    fc.array(tie("tree"), { maxLength: 4 }),
    fc.array(fc.tuple(key, tie("tree")), { maxLength: 6 }).map((entries) => ({ entries })),
  ),
}));

function text(node: Tree): string {
  if (Array.isArray(node)) return `[${node.map(text).join(",")}]`;
  if (typeof node === "object" && node !== null && "entries" in node) {
    return `{${(node as { entries: [string, Tree][] }).entries.map(([k, v]) => `${JSON.stringify(k)}:${text(v)}`).join(",")}}`;
  }
  return JSON.stringify(node) ?? "null";
}

/** Any JSON text a server could send. */
export const jsonText: fc.Arbitrary<string> = tree.map(text);

/** Any parsed JSON value, own `__proto__` keys included. */
export const jsonValue: fc.Arbitrary<unknown> = jsonText.map((t) => JSON.parse(t) as unknown);

/** A JSON object whose listed members are drawn from `members`, and the rest from anything. */
export function jsonObjectWith(members: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(fc.record(members, { requiredKeys: [] }), fc.array(fc.tuple(key, jsonValue), { maxLength: 3 }))
    .map(([known, extra]) => {
      const out = JSON.parse(
        text({ entries: extra.map(([k, v]) => [k, JSON.parse(JSON.stringify(v) ?? "null") as Tree]) }),
      ) as Record<string, unknown>;
      return Object.assign(out, known);
    });
}

export { urlish as urlishString };

const watched = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const baseline = watched.map((proto) => Object.getOwnPropertyNames(proto).sort().join(","));

/** True while no run has added a property to a built-in prototype. */
export function prototypesUntouched(): boolean {
  return (
    watched.every((proto, i) => Object.getOwnPropertyNames(proto).sort().join(",") === baseline[i]) &&
    ({} as Record<string, unknown>)["polluted"] === undefined
  );
}

/** How many cases each property runs; FUZZ_RUNS raises it for a longer hunt. */
export const RUNS = Number(process.env["FUZZ_RUNS"] ?? 500);
