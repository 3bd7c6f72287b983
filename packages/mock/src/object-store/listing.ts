import type { Ctx, Row } from "../engine/types.js";

/** One entry of a listing: an item, or a pseudo-folder of a `delimiter` listing. */
type Entry = { name: string; item?: Row };

/**
 * Swift's listing, paged by marker: sorted by name; `prefix`, `delimiter` (names past the
 * prefix that contain it collapse into one `subdir`), `marker` and `end_marker` (exclusive
 * bounds), `reverse`, and `limit` (10000 by default). The body is a bare JSON array, or
 * one name a line without `format=json`.
 */
export function listing(ctx: Ctx, rows: Row[], render: (item: Row) => Row, headers: Record<string, string>): Response {
  const q = ctx.query;
  const prefix = q.get("prefix") ?? "";
  const delimiter = q.get("delimiter") ?? "";
  const reverse = ["true", "1", "yes", "on"].includes((q.get("reverse") ?? "").toLowerCase());
  const limit = Math.min(Number(q.get("limit") ?? 10000) || 10000, 10000);
  const marker = q.get("marker") ?? "";
  const endMarker = q.get("end_marker") ?? "";
  let entries: Entry[] = [];
  const seen = new Set<string>();
  const sorted = [...rows].sort((a, b) => (a["name"] < b["name"] ? -1 : a["name"] > b["name"] ? 1 : 0));
  for (const item of sorted) {
    const name = item["name"] as string;
    if (!name.startsWith(prefix)) continue;
    const cut = delimiter ? name.indexOf(delimiter, prefix.length) : -1;
    if (cut >= 0) {
      const subdir = name.slice(0, cut + delimiter.length);
      if (!seen.has(subdir)) entries.push({ name: subdir });
      seen.add(subdir);
    } else {
      entries.push({ name, item });
    }
  }
  if (reverse) entries.reverse();
  const after = (name: string) => (reverse ? name < marker : name > marker);
  const before = (name: string) => (reverse ? name > endMarker : name < endMarker);
  entries = entries.filter((e) => (!marker || after(e.name)) && (!endMarker || before(e.name))).slice(0, limit);
  const wantsJson =
    q.get("format") === "json" || (ctx.request.headers.get("accept") ?? "").includes("application/json");
  if (!wantsJson) {
    if (entries.length === 0) return new Response(null, { status: 204, headers });
    return new Response(entries.map((e) => `${e.name}\n`).join(""), {
      status: 200,
      headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const body = entries.map((e) => (e.item ? render(e.item) : { subdir: e.name }));
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
  });
}
