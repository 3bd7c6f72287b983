import type { CollectionSpec } from "../engine/collection.js";
import { uuid } from "../engine/ids.js";
import type { Ctx, Row } from "../engine/types.js";
import { DEFAULT_POOL, designateTime, invalid, notFound, pendingThenActive, selfLink } from "./designate.js";

/** The SOA and NS recordsets Designate makes in every new zone. */
function apexRecordsets(zone: Row, ctx: Ctx): Row[] {
  const now = designateTime(ctx.cloud.now());
  const base = { zone_id: zone.id, zone_name: zone["name"], project_id: zone["project_id"], name: zone["name"] };
  const apex = (type: string, records: string[]) => ({
    ...base,
    id: uuid(),
    type,
    ttl: null,
    records,
    status: "PENDING",
    action: "CREATE",
    description: null,
    version: 1,
    created_at: now,
    updated_at: null,
  });
  return [
    apex("SOA", [`ns1.example.org. ${String(zone["email"]).replace("@", ".")}. ${zone["serial"]} 3539 600 86400 3600`]),
    apex("NS", ["ns1.example.org."]),
  ];
}

/**
 * Designate's zones: PENDING on create, update and delete, ACTIVE (or gone) after the
 * cloud's delay, as when the pool's nameservers caught up. An admin sees every project's
 * zones with `all_tenants` here; the real API reads the X-Auth-All-Projects header instead.
 */
export const zones: CollectionSpec = {
  state: "zones",
  path: "v2/zones",
  pluralKey: "zones",
  verbs: ["list", "get", "create", "update", "delete"],
  paging: "designate",
  unknownFilters: "reject",
  filters: { name: "exact", email: "exact", ttl: "exact", status: "exact", description: "exact", type: "exact" },
  access: { owner: ["project_id"], admin: "all_tenants" },
  updateMethod: "PATCH",
  statuses: { create: 202, update: 202, delete: 202 },
  notFound: notFound("Zone"),
  creatable: ["name", "email", "ttl", "description", "type", "masters", "attributes"],
  updatable: ["email", "ttl", "description"],
  unknownField: (names) => invalid(`Provided object does not match schema: ${names.join(", ")} not allowed`),
  build: (input, ctx) => {
    const name = input["name"];
    if (typeof name !== "string" || !name.endsWith("."))
      throw invalid("Provided object does not match schema: 'name' must be a fully qualified name ending in '.'");
    if (ctx.cloud.state.zones.some((z) => z["name"] === name)) throw invalid(`Duplicate Zone ${name}`);
    const type = input["type"] ?? "PRIMARY";
    if (type === "PRIMARY" && typeof input["email"] !== "string")
      throw invalid("Provided object does not match schema: 'email' is a required property");
    return {
      id: uuid(),
      pool_id: DEFAULT_POOL,
      project_id: ctx.auth?.projectId,
      name,
      email: input["email"] ?? "hostmaster@example.com",
      ttl: input["ttl"] ?? 3600,
      serial: Math.floor(ctx.cloud.now() / 1000),
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
  },
  afterCreate: (zone, ctx) => {
    const apex = apexRecordsets(zone, ctx);
    ctx.cloud.state.recordsets.push(...apex);
    pendingThenActive(zone, "CREATE", ctx);
    for (const rs of apex) pendingThenActive(rs, "CREATE", ctx);
  },
  change: (zone, input, ctx) => {
    Object.assign(zone, input, {
      serial: (zone["serial"] as number) + 1,
      version: (zone["version"] as number) + 1,
      updated_at: designateTime(ctx.cloud.now()),
    });
    pendingThenActive(zone, "UPDATE", ctx);
  },
  view: (zone, ctx) => ({ ...zone, links: selfLink(ctx, `zones/${zone.id}`) }),
  remove: (zone, ctx) => {
    Object.assign(zone, { status: "PENDING", action: "DELETE" });
    const { state } = ctx.cloud;
    ctx.cloud.later(() => void (state.recordsets = state.recordsets.filter((r) => r["zone_id"] !== zone.id)));
    return "later";
  },
};
