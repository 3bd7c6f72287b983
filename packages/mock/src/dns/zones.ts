import type { CollectionSpec } from "../engine/collection.js";
import { uuid } from "../engine/ids.js";
import type { Ctx, Route, Row } from "../engine/types.js";
import {
  badMarker,
  checkListQuery,
  DEFAULT_POOL,
  designateTime,
  duplicate,
  invalid,
  locationOf,
  notFound,
  pendingThenActive,
  selfLink,
} from "./designate.js";
import { designateAccess, designateRoutes, pendingDelete, projectOf } from "./scope.js";

/** A recordset as Designate stores it, PENDING until the nameservers have it. */
export function newRecordset(zone: Row, fields: { name: string; type: string; records: string[] } & Row, ctx: Ctx) {
  return {
    id: uuid(),
    zone_id: zone.id,
    zone_name: zone["name"],
    project_id: zone["project_id"],
    ttl: null,
    description: null,
    ...fields,
    status: "PENDING",
    action: "CREATE",
    version: 1,
    created_at: designateTime(ctx.cloud.now()),
    updated_at: null,
  };
}

/** The SOA record Designate writes: its nameserver, the email as a name, the zone's serial. */
export const soaRecord = (zone: Row) =>
  `ns1.example.org. ${String(zone["email"]).replace("@", ".")}. ${zone["serial"]} 3539 600 86400 3600`;

/** The SOA and NS recordsets Designate makes in every new zone. */
function apexRecordsets(zone: Row, ctx: Ctx): Row[] {
  const name = String(zone["name"]);
  return [
    newRecordset(zone, { name, type: "SOA", records: [soaRecord(zone)] }, ctx),
    newRecordset(zone, { name, type: "NS", records: ["ns1.example.org."] }, ctx),
  ];
}

/** A new zone of `project` as Designate stores it; refuses a name that is no FQDN or is taken. */
export function newZone(input: Row, ctx: Ctx, project = projectOf(ctx)): Row {
  const name = input["name"];
  if (typeof name !== "string" || !name.endsWith("."))
    throw invalid("Provided object does not match schema: 'name' must be a fully qualified name ending in '.'");
  if (ctx.cloud.state.zones.some((z) => z["name"] === name)) throw duplicate("Zone");
  const type = input["type"] ?? "PRIMARY";
  if (type === "PRIMARY" && typeof input["email"] !== "string")
    throw invalid("Provided object does not match schema: 'email' is a required property");
  return {
    id: uuid(),
    pool_id: DEFAULT_POOL,
    project_id: project,
    name,
    email: input["email"] ?? "hostmaster@example.com",
    ttl: input["ttl"] ?? 3600,
    serial: input["serial"] ?? Math.floor(ctx.cloud.now() / 1000),
    status: "PENDING",
    action: "CREATE",
    description: input["description"] ?? null,
    masters: input["masters"] ?? [],
    type,
    transferred_at: null,
    version: 1,
    created_at: designateTime(ctx.cloud.now()),
    updated_at: null,
    attributes: input["attributes"] ?? {},
  };
}

/** Stores a new zone's SOA and NS and starts its way to ACTIVE (a create, or an import). */
export function zoneCreated(zone: Row, ctx: Ctx): void {
  const apex = apexRecordsets(zone, ctx);
  ctx.cloud.state.recordsets.push(...apex);
  pendingThenActive(zone, "CREATE", ctx);
  for (const rs of apex) pendingThenActive(rs, "CREATE", ctx);
}

const ZONE_FILTERS = ["name", "email", "ttl", "status", "description", "type"] as const;

/**
 * Designate's zones: PENDING on create, update and delete, ACTIVE (or gone) after the
 * cloud's delay, as when the pool's nameservers caught up. Each project sees its own; an
 * admin sees every project's with the X-Auth-All-Projects header.
 */
export const zones: CollectionSpec = {
  state: "zones",
  path: "v2/zones",
  pluralKey: "zones",
  verbs: ["list", "get", "create", "update"],
  paging: "designate",
  unknownFilters: "ignore",
  beforeList: (ctx) => checkListQuery(ctx, ZONE_FILTERS),
  filters: Object.fromEntries(ZONE_FILTERS.map((name) => [name, "exact"])),
  ...designateAccess,
  updateMethod: "PATCH",
  statuses: { create: 202, update: 202 },
  notFound: notFound("Zone"),
  badMarker,
  creatable: ["name", "email", "ttl", "description", "type", "masters", "attributes"],
  updatable: ["email", "ttl", "description"],
  unknownField: (names) => invalid(`Provided object does not match schema: ${names.join(", ")} not allowed`),
  build: (input, ctx) => newZone(input, ctx),
  createHeaders: (zone, ctx) => locationOf(ctx, `zones/${zone.id}`),
  afterCreate: zoneCreated,
  change: (zone, input, ctx) => {
    Object.assign(zone, input, {
      serial: (zone["serial"] as number) + 1,
      version: (zone["version"] as number) + 1,
      updated_at: designateTime(ctx.cloud.now()),
    });
    pendingThenActive(zone, "UPDATE", ctx);
  },
  view: (zone, ctx) => ({ ...zone, links: selfLink(ctx, `zones/${zone.id}`) }),
};

/** The zone routes: CRUD, and a delete that answers the zone PENDING DELETE and takes its recordsets along. */
export const zoneRoutes = (): Route[] => [
  pendingDelete(zones, (zone, ctx) => {
    Object.assign(zone, {
      status: "PENDING",
      action: "DELETE",
      version: (zone["version"] as number) + 1,
      updated_at: designateTime(ctx.cloud.now()),
    });
    const { state } = ctx.cloud;
    ctx.cloud.later(() => void (state.recordsets = state.recordsets.filter((r) => r["zone_id"] !== zone.id)));
  }),
  ...designateRoutes(zones),
];
