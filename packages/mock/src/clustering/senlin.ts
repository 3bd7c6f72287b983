import { fail } from "../engine/api-error.js";
import { isoSeconds } from "../engine/time.js";
import { authOf, type Ctx, type Row } from "../engine/types.js";

/** `2026-12-06T18:40:12Z`: Senlin's isotime keeps whole seconds. */
export const senlinTime = (ms: number): string => isoSeconds(ms);

/** Who owns a new Senlin object: the token's user and project (Senlin never sets a domain). */
export function ownerOf(ctx: Ctx): Row {
  const auth = authOf(ctx);
  return { user: auth.userId, project: auth.projectId, domain: null };
}

/**
 * One object by id, else by name, else by short id, as Senlin's engine looks them up among
 * the caller's project's; the 404 as Senlin words it (`ResourceNotFound`).
 */
export function findOwned(ctx: Ctx, rows: Row[], kind: string, identity: string | undefined): Row {
  const mine = rows.filter((row) => row["project"] === authOf(ctx).projectId);
  const found =
    mine.find((row) => row["id"] === identity) ??
    onlyOne(
      mine.filter((row) => row["name"] === identity),
      identity,
    ) ??
    onlyOne(
      mine.filter((row) => identity !== undefined && String(row["id"]).startsWith(identity)),
      identity,
    );
  return found ?? fail(404, `The ${kind} '${identity}' could not be found.`, { type: "ResourceNotFound" });
}

function onlyOne(rows: Row[], identity: string | undefined): Row | undefined {
  if (rows.length > 1)
    fail(409, `Multiple results found matching the query criteria '${identity}'. Please be more specific.`, {
      type: "MultipleChoices",
    });
  return rows[0];
}

/**
 * Senlin's list of the caller's project's objects: exact filters by the fields given, sorted
 * by `sort` (`name:asc,created_at:desc`; default `defaultKey` ascending, then id), after
 * `marker` (an id), `limit` long; no links: the next page starts after the last id.
 */
export function senlinList(ctx: Ctx, rows: Row[], filters: readonly string[], defaultKey: string): Row[] {
  let items = rows.filter((row) => row["project"] === authOf(ctx).projectId);
  for (const name of filters) {
    const wanted = ctx.query.getAll(name);
    if (wanted.length > 0) items = items.filter((row) => wanted.includes(String(row[name])));
  }
  const keys = (ctx.query.get("sort") ?? defaultKey).split(",").map((part) => {
    const [field = defaultKey, direction = "asc"] = part.split(":");
    return { field, descending: direction === "desc" };
  });
  items = [...items].sort((a, b) => {
    for (const { field, descending } of keys) {
      const order = String(a[field] ?? "").localeCompare(String(b[field] ?? ""));
      if (order) return descending ? -order : order;
    }
    return String(a["id"]).localeCompare(String(b["id"]));
  });
  const marker = ctx.query.get("marker");
  if (marker !== null) {
    const at = items.findIndex((row) => row["id"] === marker);
    if (at >= 0) items = items.slice(at + 1);
  }
  const limit = ctx.query.get("limit");
  if (limit !== null) {
    const count = Number(limit);
    if (!Number.isInteger(count) || count < 0) fail(400, `The value (${limit}) is not a valid integer.`);
    items = items.slice(0, count);
  }
  return items;
}

/** A spec's `type-version` name (`os.nova.server-1.0`), refused when Senlin knows no such type. */
export function specType(spec: unknown, known: readonly string[], kind: "profile_type" | "policy_type"): string {
  const body = spec && typeof spec === "object" ? (spec as Row) : {};
  if (typeof body["type"] !== "string") fail(400, "'type' is a required property", { type: "ValidationError" });
  const name = `${body["type"]}-${body["version"] ?? ""}`;
  if (!known.includes(name)) fail(404, `The ${kind} '${name}' could not be found.`, { type: "ResourceNotFound" });
  return name;
}
