import { ApiError } from "./api-error.js";
import type { CollectionSpec, CrudVerb } from "./collection.js";
import { passes } from "./filters.js";
import { PAGING_PARAMS, sortBy, sortKeys, takePage } from "./paging.js";
import { empty, json } from "./respond.js";
import type { Ctx, Route, Row } from "./types.js";

const truthy = (value: string | null) => value !== null && ["true", "1", "yes"].includes(value.toLowerCase());

/** The records of the collection, straight from the cloud's state. */
export const rowsOf = (spec: CollectionSpec, ctx: Ctx): Row[] => ctx.cloud.state[spec.state] as Row[];

/** Whether the caller may see `item`: its project, what is shared with it, or (for admins) everything. */
export function canSee(spec: CollectionSpec, item: Row, ctx: Ctx, purpose: "list" | "get"): boolean {
  const auth = ctx.auth;
  const owner = spec.access.owner?.[0];
  if (!auth || !owner) return true;
  const byUser = spec.access.ownedBy === "user";
  const wide = truthy(ctx.query.get("all_tenants")) || (byUser && ctx.query.has("user_id"));
  if (auth.isAdmin && (spec.access.admin === "all" || purpose === "get" || wide)) return true;
  return item[owner] === (byUser ? auth.userId : auth.projectId) || spec.access.sharedWith?.(item, ctx) === true;
}

function authorize(spec: CollectionSpec, ctx: Ctx, verb: CrudVerb): void {
  const { adminOnly, forbidden, allow } = spec.access;
  const refuse = () => forbidden?.(verb) ?? new ApiError(403, "Policy doesn't allow this operation to be performed.");
  if (allow) {
    if (!allow(ctx, verb)) throw refuse();
    return;
  }
  if (!adminOnly || ctx.auth?.isAdmin) return;
  if (adminOnly === "all" || (verb !== "list" && verb !== "get")) throw refuse();
}

const statusesOf = (spec: CollectionSpec, ctx: Ctx) =>
  typeof spec.statuses === "function" ? spec.statuses(ctx) : (spec.statuses ?? {});

const inParent = (spec: CollectionSpec, item: Row, ctx: Ctx) =>
  !spec.parent || item[spec.parent.field] === ctx.params[spec.parent.param];

/** The item named by the URL's `:id`, if the caller may see it; else the service's 404. */
export function findItem(spec: CollectionSpec, ctx: Ctx, id = ctx.params["id"]!): Row {
  const field = spec.idField ?? "id";
  const item = rowsOf(spec, ctx).find((row) => String(row[field]) === id && inParent(spec, row, ctx));
  if (!item || !canSee(spec, item, ctx, "get")) throw spec.notFound(id, ctx);
  return item;
}

/** What the API shows of an item. */
export function viewOf(spec: CollectionSpec, item: Row, ctx: Ctx): Row {
  if (spec.view) return spec.view(item, ctx);
  const shown = { ...item };
  for (const field of spec.hidden ?? []) delete shown[field];
  return shown;
}

/** The visible, filtered and sorted items of a list request, before paging. */
export function listed(spec: CollectionSpec, ctx: Ctx): Row[] {
  const reserved = new Set(PAGING_PARAMS[spec.paging]);
  const filters = spec.filters ?? {};
  const names = [...new Set(ctx.query.keys())].filter((name) => !reserved.has(name));
  const unknown = names.filter((name) => !(name in filters));
  if (unknown.length > 0 && spec.unknownFilters === "reject") {
    throw new ApiError(400, `[${unknown.map((name) => `'${name}'`).join(", ")}] is invalid attribute for filtering`);
  }
  let items = rowsOf(spec, ctx).filter(
    (item) =>
      inParent(spec, item, ctx) && canSee(spec, item, ctx, "list") && (spec.listedByDefault?.(item, ctx) ?? true),
  );
  for (const name of names) {
    const values = ctx.query.getAll(name);
    const filter = filters[name] ?? (spec.unknownFilters === "match" ? "exact" : undefined);
    if (filter !== undefined) items = items.filter((item) => passes(filter, name, item, values, ctx));
  }
  if (spec.order === "newest") items = [...items].reverse();
  const keys = sortKeys(ctx, spec.paging === "neutron" ? "asc" : "desc");
  if (keys.length === 0 && typeof spec.order === "object")
    keys.push({ field: spec.order.field, descending: spec.order.descending === true });
  // Neutron and Keystone page in id order, as their database queries do.
  const paged = spec.paging === "neutron" || spec.paging === "keystone-paged";
  if (keys.length === 0 && paged && (ctx.query.has("limit") || ctx.query.has("marker")))
    keys.push({ field: spec.idField ?? "id", descending: false });
  return sortBy(items, keys);
}

function unwrap(spec: CollectionSpec, body: unknown): Row {
  const inner = spec.key === undefined ? body : (body as Row | null)?.[spec.key];
  if (typeof inner !== "object" || inner === null || Array.isArray(inner)) {
    throw new ApiError(
      400,
      spec.key === undefined
        ? "The request body must be a JSON object"
        : `The request body must hold the '${spec.key}' object`,
    );
  }
  return { ...(inner as Row) };
}

function refuseUnknown(
  spec: CollectionSpec,
  input: Row,
  allowed: readonly string[] | undefined,
  verb: "create" | "update",
): void {
  if (!spec.unknownField || !allowed) return;
  const unknown = Object.keys(input).filter((name) => !allowed.includes(name));
  if (unknown.length > 0) throw spec.unknownField(unknown, verb);
}

async function list(spec: CollectionSpec, ctx: Ctx, detail: boolean): Promise<Response> {
  authorize(spec, ctx, "list");
  spec.beforeList?.(ctx);
  const page = takePage(spec.paging, listed(spec, ctx), ctx, {
    pluralKey: spec.pluralKey,
    idField: spec.idField ?? "id",
    badMarker:
      spec.badMarker ??
      (spec.paging === "nova"
        ? (marker) => new ApiError(400, `marker [${marker}] not found`)
        : (marker) => spec.notFound(marker, ctx)),
  });
  const show = (item: Row) =>
    !detail && spec.summary
      ? spec.summary(item, ctx)
      : spec.listView
        ? spec.listView(item, ctx)
        : viewOf(spec, item, ctx);
  const items = page.items.map((item) => (spec.listItemKey ? { [spec.listItemKey]: show(item) } : show(item)));
  return json({ [spec.pluralKey]: items, ...page.extra });
}

function createOne(spec: CollectionSpec, ctx: Ctx, input: Row): Row {
  refuseUnknown(spec, input, spec.creatable, "create");
  const owner = spec.access.owner;
  if (owner && ctx.auth) {
    const given = input[owner[0]!];
    const mine = spec.access.ownedBy === "user" ? ctx.auth.userId : ctx.auth.projectId;
    const value = ctx.auth.isAdmin && typeof given === "string" && given ? given : mine;
    for (const field of owner) input[field] = value;
  }
  if (spec.parent) input[spec.parent.field] = ctx.params[spec.parent.param];
  const item = spec.build(input, ctx);
  rowsOf(spec, ctx).push(item);
  spec.afterCreate?.(item, ctx);
  return item;
}

async function create(spec: CollectionSpec, ctx: Ctx): Promise<Response> {
  authorize(spec, ctx, "create");
  const body = await ctx.body();
  const shown = (item: Row) => (spec.createdView ? spec.createdView(item, ctx) : viewOf(spec, item, ctx));
  // Neutron creates several items in one request: {"networks": [{…}, {…}]}.
  const many = spec.bulk ? (body as Row | null)?.[spec.pluralKey] : undefined;
  if (Array.isArray(many)) {
    const items = many.map((entry) => createOne(spec, ctx, unwrap({ ...spec, key: undefined }, entry)));
    return json({ [spec.pluralKey]: items.map(shown) }, statusesOf(spec, ctx).create ?? 201);
  }
  const item = createOne(spec, ctx, unwrap(spec, body));
  const answer = shown(item);
  const status = statusesOf(spec, ctx).create ?? 201;
  const headers = spec.createHeaders?.(item, ctx) ?? {};
  if (answer === null) return empty(status, headers);
  return json(spec.key ? { [spec.key]: answer } : answer, status, headers);
}

async function update(spec: CollectionSpec, ctx: Ctx): Promise<Response> {
  authorize(spec, ctx, "update");
  const item = findItem(spec, ctx);
  const input = unwrap(spec, await ctx.body());
  refuseUnknown(spec, input, spec.updatable, "update");
  if (spec.change) spec.change(item, input, ctx);
  else Object.assign(item, input);
  spec.touch?.(item, ctx);
  const shown = viewOf(spec, item, ctx);
  return json(spec.key ? { [spec.key]: shown } : shown, statusesOf(spec, ctx).update ?? 200);
}

function remove(spec: CollectionSpec, ctx: Ctx): Response {
  authorize(spec, ctx, "delete");
  const item = findItem(spec, ctx);
  const rows = rowsOf(spec, ctx);
  const drop = () => {
    const index = rows.indexOf(item);
    if (index >= 0) rows.splice(index, 1);
  };
  if ((spec.remove?.(item, ctx) ?? "now") === "later") ctx.cloud.later(drop);
  else drop();
  return empty(statusesOf(spec, ctx).delete ?? 204);
}

/** The list, get, create, update and delete routes of a collection declared as data. */
export function crudRoutes(spec: CollectionSpec): Route[] {
  const routes: Route[] = [];
  const has = (verb: CrudVerb) => spec.verbs.includes(verb);
  if (has("list") && spec.detailList)
    routes.push({ method: "GET", path: `${spec.path}/detail`, handle: (ctx) => list(spec, ctx, true) });
  if (has("list")) routes.push({ method: "GET", path: spec.path, handle: (ctx) => list(spec, ctx, !spec.detailList) });
  if (has("create")) routes.push({ method: "POST", path: spec.path, handle: (ctx) => create(spec, ctx) });
  if (has("get")) {
    routes.push({
      method: "GET",
      path: `${spec.path}/:id`,
      handle: (ctx) => {
        authorize(spec, ctx, "get");
        const shown = viewOf(spec, findItem(spec, ctx), ctx);
        return json(spec.key ? { [spec.key]: shown } : shown);
      },
    });
  }
  if (has("update"))
    routes.push({ method: spec.updateMethod ?? "PUT", path: `${spec.path}/:id`, handle: (ctx) => update(spec, ctx) });
  if (has("delete")) routes.push({ method: "DELETE", path: `${spec.path}/:id`, handle: (ctx) => remove(spec, ctx) });
  return routes;
}
