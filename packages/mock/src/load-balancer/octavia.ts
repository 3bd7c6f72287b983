import { ApiError } from "../engine/api-error.js";
import type { Filter } from "../engine/filters.js";
import type { Ctx, Row } from "../engine/types.js";

/** Octavia's timestamps: `2026-12-06T09:45:01.382873`, microseconds, no zone. */
export const octaviaTime = (ms: number): string => `${new Date(ms).toISOString().slice(0, 23)}000`;

/** `Load Balancer <id> not found.`: Octavia's 404, by the resource's display name. */
export const notFound = (what: string) => (id: string) => new ApiError(404, `${what} ${id} not found.`);

/** Octavia's 400 for a body it cannot take: `Validation failure: …`. */
export const invalid = (detail: string) => new ApiError(400, `Validation failure: ${detail}`);

/** The refusal of a body field Octavia's types do not declare (wsme names the argument). */
export const unknownAttribute = (argument: string) => (names: string[]) =>
  new ApiError(400, `Unknown attribute for argument ${argument}: ${names.join(", ")}`);

/** Octavia's 400 for a query parameter that is no field of the object. */
export const badFilter = () => new ApiError(400, "One or more arguments are either duplicate or invalid");

const PENDING = /^PENDING_/;

/** The load balancer `id`, which the caller's project must see; else Octavia's 404 (or 400 for a reference). */
export function loadBalancerOf(ctx: Ctx, id: unknown, asReference = false): Row {
  const lb = ctx.cloud.state.loadBalancers.find((row) => row.id === id);
  const visible = lb && (ctx.auth?.isAdmin || lb["project_id"] === ctx.auth?.projectId);
  if (!lb || !visible) {
    if (asReference) throw new ApiError(400, `Load Balancer ${String(id)} not found.`);
    throw notFound("Load Balancer")(String(id));
  }
  return lb;
}

/**
 * A change under a load balancer: refused (409, ImmutableObject) while the load balancer is
 * busy with the last one, else the load balancer goes PENDING_UPDATE and, after the cloud's
 * delay (the worker's flow), back to ACTIVE with `object` settled as `settle` says.
 */
export function lockForChange(ctx: Ctx, lb: Row, settle: () => void): void {
  refuseIfBusy(lb);
  lb["provisioning_status"] = "PENDING_UPDATE";
  lb["updated_at"] = octaviaTime(ctx.cloud.now());
  ctx.cloud.later(() => {
    settle();
    if (lb["provisioning_status"] === "PENDING_UPDATE") {
      lb["provisioning_status"] = "ACTIVE";
      lb["updated_at"] = octaviaTime(ctx.cloud.now());
    }
  });
}

/** Octavia's ImmutableObject: any change under a load balancer that is PENDING_* (or ERROR). */
export function refuseIfBusy(lb: Row): void {
  if (PENDING.test(String(lb["provisioning_status"])) || lb["provisioning_status"] === "ERROR")
    throw new ApiError(409, `Load Balancer ${lb.id} is immutable and cannot be updated.`);
}

/** After the worker's flow: the object is ACTIVE, and ONLINE unless it has a status of its own. */
export function activate(ctx: Ctx, item: Row, operating = "ONLINE"): void {
  if (!PENDING.test(String(item["provisioning_status"]))) return;
  item["provisioning_status"] = "ACTIVE";
  item["operating_status"] = operating;
  item["updated_at"] = octaviaTime(ctx.cloud.now());
}

/** `[{id}]` references, as Octavia lists an object's children and parents. */
export const idRefs = (rows: Row[]): Row[] => rows.map((row) => ({ id: row.id }));

/** The fields every object of the tree has, as Octavia fills them on create. */
export function treeDefaults(input: Row, ctx: Ctx): Row {
  return {
    name: input["name"] ?? "",
    description: input["description"] ?? "",
    provisioning_status: "PENDING_CREATE",
    operating_status: "OFFLINE",
    admin_state_up: input["admin_state_up"] ?? true,
    project_id: input["project_id"],
    created_at: octaviaTime(ctx.cloud.now()),
    updated_at: null,
    tags: input["tags"] ?? [],
  };
}

/** Filters on the fields Octavia filters by (any field it stores); `tags` as Neutron's. */
export function treeFilters(...fields: string[]): Record<string, Filter> {
  const names = ["id", "name", "description", "project_id", "provisioning_status", "operating_status", ...fields];
  return {
    ...Object.fromEntries(names.map((name) => [name, "exact" as const])),
    admin_state_up: "bool",
    tags: "tags",
    "tags-any": "tags-any",
    "not-tags": "not-tags",
    "not-tags-any": "not-tags-any",
  };
}

/** Octavia's view: the item, with `tenant_id` beside `project_id` as its API still shows. */
export const withTenant = (item: Row): Row => ({ ...item, tenant_id: item["project_id"] });
