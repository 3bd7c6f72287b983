import { ApiError } from "../engine/api-error.js";
import type { CollectionSpec } from "../engine/collection.js";
import { uuid } from "../engine/ids.js";
import { json } from "../engine/respond.js";
import type { Ctx, Route, Row } from "../engine/types.js";
import { badMarker, checkListQuery, designateTime, invalid, locationOf, notFound, selfLink } from "./designate.js";
import { designateAccess, designateRoutes, projectOf, seesProject } from "./scope.js";
import { visibleZone } from "./zone-exports.js";

/** Designate's transfer keys: 8 characters of upper-case letters and digits. */
function transferKey(): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return [...bytes].map((b) => alphabet[b % alphabet.length]).join("");
}

/** The owner sees a request whole; the project it is offered to (or any, when untargeted) sees a part. */
const offeredTo = (request: Row, ctx: Ctx) =>
  request["target_project_id"] === null || request["target_project_id"] === projectOf(ctx);

/** In a list: the caller's own requests and those offered to it by name (untargeted ones only by id). */
const listsRequest = (request: Row, ctx: Ctx) =>
  seesProject(request, ctx) || request["target_project_id"] === projectOf(ctx);

/**
 * Zone transfer requests: made on a zone by its owner (201, ACTIVE, with a key), read by
 * the owner and by the project they are offered to, COMPLETE once accepted.
 */
export const zoneTransferRequests: CollectionSpec = {
  state: "zoneTransferRequests",
  path: "v2/zones/tasks/transfer_requests",
  pluralKey: "transfer_requests",
  verbs: ["list", "get", "update", "delete"],
  paging: "designate",
  unknownFilters: "ignore",
  beforeList: (ctx) => checkListQuery(ctx, ["status"]),
  filters: { status: "exact" },
  access: { owner: ["project_id"], admin: "all_tenants", sharedWith: listsRequest },
  listedByDefault: listsRequest,
  updateMethod: "PATCH",
  updatable: ["description", "target_project_id"],
  unknownField: (names) => invalid(`Provided object does not match schema: ${names.join(", ")} not allowed`),
  notFound: notFound("ZoneTransferRequest"),
  badMarker,
  build: () => {
    throw new Error("transfer requests are made on their zone");
  },
  touch: (request, ctx) => void (request["updated_at"] = designateTime(ctx.cloud.now())),
  view: (request, ctx) => {
    const links = selfLink(ctx, `zones/tasks/transfer_requests/${request.id}`);
    if (seesProject(request, ctx)) return { ...request, links };
    const { id, zone_id, description, status, zone_name } = request;
    return { id, zone_id, description, status, zone_name, links };
  },
};

/**
 * Zone transfer accepts: the project taking the zone gives the request's id and key; the zone
 * (and its recordsets) become its own at once, the accept is COMPLETE. Only admins list them.
 */
export const zoneTransferAccepts: CollectionSpec = {
  state: "zoneTransferAccepts",
  path: "v2/zones/tasks/transfer_accepts",
  pluralKey: "transfer_accepts",
  verbs: ["list", "get"],
  paging: "designate",
  unknownFilters: "ignore",
  beforeList: (ctx) => checkListQuery(ctx, ["status"]),
  filters: { status: "exact" },
  access: {
    ...designateAccess.access,
    allow: (ctx, verb) => verb !== "list" || ctx.auth?.isAdmin === true,
    forbidden: () => new ApiError(403, "", { type: "forbidden" }),
  },
  listedByDefault: designateAccess.listedByDefault,
  notFound: notFound("ZoneTransferAccept"),
  badMarker,
  build: () => {
    throw new Error("accepts are made by the accept route");
  },
  // the key is shown once, in the create's answer
  view: (accept, ctx) => ({ ...accept, key: null, links: acceptLinks(accept, ctx) }),
};

const acceptLinks = (accept: Row, ctx: Ctx) => ({
  ...selfLink(ctx, `zones/tasks/transfer_accepts/${accept.id}`),
  zone: `${ctx.serviceUrl}/v2/zones/${accept["zone_id"]}`,
});

async function offer(ctx: Ctx): Promise<Response> {
  const zone = visibleZone(ctx);
  const input = await ctx.body();
  const unknown = Object.keys(input).filter((name) => name !== "target_project_id" && name !== "description");
  if (unknown.length > 0) throw zoneTransferRequests.unknownField!(unknown, "create");
  const taken = ctx.cloud.state.zoneTransferRequests.some((r) => r["zone_id"] === zone.id && r["status"] === "ACTIVE");
  if (taken) throw new ApiError(409, "", { type: "duplicate_zone_transfer_request" });
  const request: Row = {
    id: uuid(),
    zone_id: zone.id,
    project_id: zone["project_id"],
    target_project_id: input["target_project_id"] ?? null,
    description: input["description"] ?? null,
    key: transferKey(),
    status: "ACTIVE",
    zone_name: zone["name"],
    created_at: designateTime(ctx.cloud.now()),
    updated_at: null,
  };
  ctx.cloud.state.zoneTransferRequests.push(request);
  const location = locationOf(ctx, `zones/tasks/transfer_requests/${request.id}`);
  return json(zoneTransferRequests.view!(request, ctx), 201, location);
}

async function accept(ctx: Ctx): Promise<Response> {
  const input = await ctx.body();
  const { state } = ctx.cloud;
  const id = input["zone_transfer_request_id"];
  const request = state.zoneTransferRequests.find((r) => r.id === id);
  if (!request || !(seesProject(request, ctx) || offeredTo(request, ctx))) throw notFound("ZoneTransferRequest")();
  if (request["status"] !== "ACTIVE")
    throw new ApiError(400, "Zone Transfer Request is not ACTIVE", { type: "bad_request" });
  if (input["key"] !== request["key"])
    throw new ApiError(403, "Key does not match stored key for request", { type: "invalid_key" });
  const now = designateTime(ctx.cloud.now());
  const project = projectOf(ctx);
  const zone = state.zones.find((z) => z.id === request["zone_id"])!;
  Object.assign(zone, { project_id: project, version: (zone["version"] as number) + 1, updated_at: now });
  for (const rs of state.recordsets) if (rs["zone_id"] === zone.id) rs["project_id"] = project;
  Object.assign(request, { status: "COMPLETE", updated_at: now });
  const made: Row = {
    id: uuid(),
    zone_transfer_request_id: request.id,
    project_id: project,
    key: request["key"],
    status: "COMPLETE",
    zone_id: zone.id,
    created_at: now,
    updated_at: now,
  };
  state.zoneTransferAccepts.push({ ...made, key: null });
  const location = locationOf(ctx, `zones/tasks/transfer_accepts/${made.id}`);
  return json({ ...made, links: acceptLinks(made, ctx) }, 201, location);
}

export const zoneTransferRoutes = (): Route[] => [
  { method: "POST", path: "v2/zones/:zone_id/tasks/transfer_requests", handle: offer },
  { method: "POST", path: "v2/zones/tasks/transfer_accepts", handle: accept },
  // the project a request is offered to reads it; only its owner changes or deletes it
  ...designateRoutes(
    zoneTransferRequests,
    (request, ctx) => seesProject(request, ctx) || (ctx.method === "GET" && offeredTo(request, ctx)),
  ),
  ...designateRoutes(zoneTransferAccepts),
];
