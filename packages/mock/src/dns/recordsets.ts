import { ApiError } from "../engine/api-error.js";
import type { CollectionSpec } from "../engine/collection.js";
import { uuid } from "../engine/ids.js";
import type { Ctx, Row } from "../engine/types.js";
import { designateTime, invalid, notFound, pendingThenActive, selfLink } from "./designate.js";

/** The zone a recordset call names, which the caller must see. */
function zoneOf(ctx: Ctx): Row {
  const zone = ctx.cloud.state.zones.find((z) => z.id === ctx.params["zone_id"]);
  if (!zone || (zone["project_id"] !== ctx.auth?.projectId && !ctx.auth?.isAdmin))
    throw new ApiError(404, `Could not find Zone ${ctx.params["zone_id"]}`, { type: "zone_not_found" });
  return zone;
}

/** A change of a recordset is a change of its zone: new serial, both PENDING until served. */
function zoneChanged(zone: Row, ctx: Ctx): void {
  zone["serial"] = (zone["serial"] as number) + 1;
  pendingThenActive(zone, "UPDATE", ctx);
}

/**
 * The recordsets of a zone (`v2/zones/:zone_id/recordsets`), with the zone's SOA and NS
 * recordsets Designate made. Data filters (`data`) match any record of a recordset.
 */
export const recordsets: CollectionSpec = {
  state: "recordsets",
  path: "v2/zones/:zone_id/recordsets",
  parent: { param: "zone_id", field: "zone_id" },
  pluralKey: "recordsets",
  verbs: ["list", "get", "create", "update", "delete"],
  paging: "designate",
  unknownFilters: "reject",
  filters: {
    name: "exact",
    type: "exact",
    ttl: "exact",
    status: "exact",
    description: "exact",
    data: (item, [value]) => (item["records"] as string[]).includes(value ?? ""),
  },
  access: { owner: ["project_id"], admin: "all_tenants" },
  updateMethod: "PUT",
  statuses: { create: 202, update: 202, delete: 202 },
  notFound: notFound("RecordSet"),
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
    return {
      id: uuid(),
      zone_id: zone.id,
      zone_name: zone["name"],
      project_id: zone["project_id"],
      name,
      type,
      ttl: input["ttl"] ?? null,
      records,
      status: "PENDING",
      action: "CREATE",
      description: input["description"] ?? null,
      version: 1,
      created_at: designateTime(ctx.cloud.now()),
      updated_at: null,
    };
  },
  afterCreate: (rs, ctx) => {
    pendingThenActive(rs, "CREATE", ctx);
    zoneChanged(zoneOf(ctx), ctx);
  },
  change: (rs, input, ctx) => {
    Object.assign(rs, input, { version: (rs["version"] as number) + 1, updated_at: designateTime(ctx.cloud.now()) });
    pendingThenActive(rs, "UPDATE", ctx);
    zoneChanged(zoneOf(ctx), ctx);
  },
  view: (rs, ctx) => ({ ...rs, links: selfLink(ctx, `zones/${rs["zone_id"]}/recordsets/${rs.id}`) }),
  remove: (rs, ctx) => {
    Object.assign(rs, { status: "PENDING", action: "DELETE" });
    zoneChanged(zoneOf(ctx), ctx);
    return "later";
  },
};
