import { fail } from "../engine/api-error.js";
import { uuid } from "../engine/ids.js";
import { empty, json } from "../engine/respond.js";
import type { Ctx, Route, Row } from "../engine/types.js";
import { findSegment, masakariList, masakariTime, nextId, SOFT_DELETE } from "./masakari.js";

const METHODS = ["auto", "reserved_host", "auto_priority", "rh_priority"];
const UPDATABLE = ["name", "description", "recovery_method", "service_type", "enabled"];

function check(ctx: Ctx, segment: Row): void {
  if (!METHODS.includes(segment["recovery_method"]))
    fail(400, `Invalid input for field/attribute recovery_method. Value: ${segment["recovery_method"]}.`);
  if (typeof segment["name"] !== "string" || !segment["name"])
    fail(400, "Invalid input for field/attribute name. Value: None.");
  if (ctx.cloud.state.haSegments.some((s) => s["uuid"] !== segment["uuid"] && s["name"] === segment["name"]))
    fail(409, `Failover segment with name ${segment["name"]} already exists.`);
}

/** Masakari's failover segments: made, read, listed, changed with PUT, deleted with their hosts. */
export function segmentRoutes(): Route[] {
  const base = "v1/:project/segments";
  return [
    {
      method: "GET",
      path: base,
      handle: (ctx) =>
        json({
          segments: masakariList(ctx, ctx.cloud.state.haSegments, ["recovery_method", "service_type", "enabled"]),
        }),
    },
    {
      method: "POST",
      path: base,
      handle: async (ctx) => {
        const input: Row = (await ctx.body())["segment"] ?? {};
        const segments = ctx.cloud.state.haSegments;
        const segment = {
          id: nextId(segments),
          uuid: uuid(),
          name: input["name"],
          service_type: input["service_type"],
          enabled: input["enabled"] ?? true,
          description: input["description"] ?? null,
          recovery_method: input["recovery_method"],
          created_at: masakariTime(ctx.cloud.now()),
          updated_at: null,
          ...SOFT_DELETE,
        };
        if (typeof segment.service_type !== "string")
          fail(400, "Invalid input for field/attribute service_type. Value: None.");
        check(ctx, segment);
        segments.push(segment);
        return json({ segment }, 201);
      },
    },
    {
      method: "GET",
      path: `${base}/:segment`,
      handle: (ctx) => json({ segment: findSegment(ctx, ctx.params["segment"]) }),
    },
    {
      method: "PUT",
      path: `${base}/:segment`,
      handle: async (ctx) => {
        const segment = findSegment(ctx, ctx.params["segment"]);
        const input: Row = (await ctx.body())["segment"] ?? {};
        const changed = { ...segment };
        for (const field of UPDATABLE) if (field in input) changed[field] = input[field];
        check(ctx, changed);
        Object.assign(segment, changed, { updated_at: masakariTime(ctx.cloud.now()) });
        return json({ segment });
      },
    },
    {
      method: "DELETE",
      path: `${base}/:segment`,
      handle: (ctx) => {
        const segment = findSegment(ctx, ctx.params["segment"]);
        const { state } = ctx.cloud;
        state.haSegments = state.haSegments.filter((s) => s !== segment);
        state.haHosts = state.haHosts.filter((h) => h["failover_segment_id"] !== segment["uuid"]);
        return empty(204);
      },
    },
  ];
}
