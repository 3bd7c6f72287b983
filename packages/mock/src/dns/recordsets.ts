import type { CollectionSpec } from "../engine/collection.js";
import type { Ctx, Route, Row } from "../engine/types.js";
import {
  badMarker,
  checkListQuery,
  designateTime,
  duplicate,
  invalid,
  locationOf,
  notFound,
  pendingThenActive,
  selfLink,
} from "./designate.js";
import { designateAccess, designateRoutes, pendingDelete, seesProject } from "./scope.js";
import { newRecordset } from "./zones.js";

/** The zone a recordset call names, which the caller must see. */
function zoneOf(ctx: Ctx, id = ctx.params["zone_id"]): Row {
  const zone = ctx.cloud.state.zones.find((z) => z.id === id);
  if (!zone || !seesProject(zone, ctx)) throw notFound("Zone")(id);
  return zone;
}

/** A change of a recordset is a change of its zone: new serial, both PENDING until served. */
function zoneChanged(zone: Row, ctx: Ctx): void {
  zone["serial"] = (zone["serial"] as number) + 1;
  zone["version"] = (zone["version"] as number) + 1;
  pendingThenActive(zone, "UPDATE", ctx);
}

const RECORDSET_FILTERS = ["name", "type", "ttl", "status", "description", "data", "zone_id", "zone_name"];

/** What the two recordset lists share: filters (`data` matches any record), paging, visibility. */
const listed = {
  state: "recordsets",
  pluralKey: "recordsets",
  paging: "designate",
  unknownFilters: "ignore",
  filters: {
    name: "exact",
    type: "exact",
    ttl: "exact",
    status: "exact",
    description: "exact",
    zone_id: "exact",
    zone_name: "exact",
    data: (item, [value]) => (item["records"] as string[]).includes(value ?? ""),
  },
  ...designateAccess,
  notFound: notFound("RecordSet"),
  badMarker,
  view: (rs, ctx) => ({ ...rs, links: selfLink(ctx, `zones/${rs["zone_id"]}/recordsets/${rs.id}`) }),
} satisfies Partial<CollectionSpec>;

/**
 * The recordsets of a zone (`v2/zones/:zone_id/recordsets`), with the zone's SOA and NS
 * recordsets Designate made. Every change moves the zone's serial.
 */
export const recordsets: CollectionSpec = {
  ...listed,
  path: "v2/zones/:zone_id/recordsets",
  parent: { param: "zone_id", field: "zone_id" },
  verbs: ["list", "get", "create", "update"],
  beforeList: (ctx) => {
    zoneOf(ctx);
    checkListQuery(ctx, RECORDSET_FILTERS);
  },
  updateMethod: "PUT",
  statuses: { create: 202, update: 202 },
  creatable: ["name", "type", "ttl", "records", "description"],
  updatable: ["ttl", "records", "description"],
  unknownField: (names) => invalid(`Provided object does not match schema: ${names.join(", ")} not allowed`),
  build: (input, ctx) => {
    const zone = zoneOf(ctx);
    const { name, type, records } = input;
    if (typeof name !== "string" || !name.endsWith(String(zone["name"])))
      throw invalid(`RecordSet name ${String(name)} is not in zone ${zone["name"]}`);
    if (typeof type !== "string" || !Array.isArray(records) || records.length === 0)
      throw invalid("Provided object does not match schema: 'type' and 'records' are required properties");
    const taken = ctx.cloud.state.recordsets.some(
      (rs) => rs["zone_id"] === zone.id && rs["name"] === name && rs["type"] === type,
    );
    if (taken) throw duplicate("RecordSet");
    const { ttl = null, description = null } = input;
    return newRecordset(zone, { name, type, records, ttl, description }, ctx);
  },
  createHeaders: (rs, ctx) => locationOf(ctx, `zones/${rs["zone_id"]}/recordsets/${rs.id}`),
  afterCreate: (rs, ctx) => {
    pendingThenActive(rs, "CREATE", ctx);
    zoneChanged(zoneOf(ctx), ctx);
  },
  change: (rs, input, ctx) => {
    Object.assign(rs, input, { version: (rs["version"] as number) + 1, updated_at: designateTime(ctx.cloud.now()) });
    pendingThenActive(rs, "UPDATE", ctx);
    zoneChanged(zoneOf(ctx), ctx);
  },
};

/** Recordsets across every zone the caller sees (`GET /v2/recordsets`): a list only, as in Designate. */
export const allRecordsets: CollectionSpec = {
  ...listed,
  path: "v2/recordsets",
  verbs: ["list"],
  beforeList: (ctx) => checkListQuery(ctx, RECORDSET_FILTERS),
  build: () => {
    throw new Error("recordsets are made in their zone");
  },
};

/** The recordset routes: both lists, CRUD in a zone, and a delete that answers it PENDING DELETE. */
export const recordsetRoutes = (): Route[] => [
  pendingDelete(recordsets, (rs, ctx) => {
    zoneOf(ctx);
    Object.assign(rs, {
      status: "PENDING",
      action: "DELETE",
      version: (rs["version"] as number) + 1,
      updated_at: designateTime(ctx.cloud.now()),
    });
    zoneChanged(zoneOf(ctx), ctx);
  }),
  ...designateRoutes(recordsets),
  ...designateRoutes(allRecordsets),
];
