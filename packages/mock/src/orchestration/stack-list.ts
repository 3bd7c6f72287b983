// GET stacks: Heat's filters, sort, and paging (limit, marker, a `links` list with next).
import { ApiError } from "../engine/api-error.js";
import { sortBy } from "../engine/paging.js";
import { json } from "../engine/respond.js";
import type { Ctx, Row } from "../engine/types.js";
import { listView } from "./stack-view.js";

const truthy = (value: string | null) => value !== null && ["true", "1", "yes", "on"].includes(value.toLowerCase());

/** `CREATE_COMPLETE` is action CREATE and status COMPLETE: Heat filters each column apart. */
const actionOf = (stack: Row) => String(stack["stack_status"]).split("_")[0];
const statusOf = (stack: Row) => String(stack["stack_status"]).split("_").slice(1).join("_");

/** Filters by query name; several values of one name match any. Unknown names are ignored, as Heat ignores them. */
const FILTERS: Record<string, (stack: Row, value: string) => boolean> = {
  id: (s, v) => s.id === v,
  name: (s, v) => s["stack_name"] === v,
  status: (s, v) => statusOf(s) === v,
  action: (s, v) => actionOf(s) === v,
  tenant: (s, v) => s["project"] === v,
  username: (s, v) => s["stack_owner"] === v,
};

const tagList = (value: string) => value.split(",").filter(Boolean);
const TAG_FILTERS: Record<string, (tags: string[], wanted: string[]) => boolean> = {
  tags: (tags, wanted) => wanted.every((t) => tags.includes(t)),
  tags_any: (tags, wanted) => wanted.some((t) => tags.includes(t)),
  not_tags: (tags, wanted) => !wanted.every((t) => tags.includes(t)),
  not_tags_any: (tags, wanted) => !wanted.some((t) => tags.includes(t)),
};

/** Heat's sort keys (the API's names) to the fields they order by. */
const SORT_KEYS: Record<string, string> = {
  stack_name: "stack_name",
  stack_status: "stack_status",
  creation_time: "creation_time",
  updated_time: "updated_time",
};

function visibleStacks(ctx: Ctx): Row[] {
  const everyone = ctx.auth?.isAdmin === true && truthy(ctx.query.get("global_tenant"));
  const withDeleted = truthy(ctx.query.get("show_deleted"));
  return ctx.cloud.state.stacks.filter(
    (s) => (everyone || s["project"] === ctx.auth?.projectId) && (withDeleted || !s["deleted"]),
  );
}

function sorted(ctx: Ctx, stacks: Row[]): Row[] {
  const descending = (ctx.query.get("sort_dir") ?? "desc").toLowerCase() === "desc";
  const keys = ctx.query
    .getAll("sort_keys")
    .flatMap((value) => value.split(","))
    .filter(Boolean);
  for (const key of keys)
    if (!(key in SORT_KEYS))
      throw new ApiError(400, `Sort key '${key}' is not supported; one of: ${Object.keys(SORT_KEYS).join(", ")}`, {
        type: "HTTPBadRequest",
      });
  const fields = (keys.length > 0 ? keys : ["creation_time"]).map((key) => ({ field: SORT_KEYS[key]!, descending }));
  // Ties (the same second) keep the newest first, as the database's id order would break them.
  return sortBy(descending ? [...stacks].reverse() : stacks, fields);
}

export function listStacks(ctx: Ctx): Response {
  let stacks = visibleStacks(ctx);
  for (const [name, test] of Object.entries(FILTERS)) {
    const values = ctx.query.getAll(name);
    if (values.length > 0) stacks = stacks.filter((s) => values.some((v) => test(s, v)));
  }
  for (const [name, test] of Object.entries(TAG_FILTERS)) {
    const value = ctx.query.get(name);
    if (value !== null) stacks = stacks.filter((s) => test((s["tags"] as string[] | null) ?? [], tagList(value)));
  }
  const all = sorted(ctx, stacks);
  const limitText = ctx.query.get("limit");
  const limit = limitText === null || limitText === "" ? 0 : Number(limitText);
  if (!Number.isInteger(limit) || limit < 0)
    throw new ApiError(400, `Only integer is acceptable by 'limit'.`, { type: "HTTPBadRequest" });
  const marker = ctx.query.get("marker");
  // Heat ignores a marker that names no stack.
  const start = marker ? all.findIndex((s) => s.id === marker) + 1 : 0;
  const page = limit > 0 ? all.slice(start, start + limit) : all.slice(start);
  const body: Row = { stacks: page.map((s) => listView(ctx, s)) };
  if (limit > 0 && page.length === limit) {
    const query = new URLSearchParams(ctx.url.search);
    query.set("marker", String(page.at(-1)!.id));
    body["links"] = [{ rel: "next", href: `${ctx.url.origin}${ctx.url.pathname}?${query}` }];
  }
  if (truthy(ctx.query.get("with_count"))) body["count"] = all.length;
  return json(body);
}
