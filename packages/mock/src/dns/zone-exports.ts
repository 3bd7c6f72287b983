import { ApiError } from "../engine/api-error.js";
import type { CollectionSpec } from "../engine/collection.js";
import { uuid } from "../engine/ids.js";
import { json, text } from "../engine/respond.js";
import type { Ctx, Route, Row } from "../engine/types.js";
import { designateTime, locationOf, notFound } from "./designate.js";
import { designateRoutes, seesProject } from "./scope.js";
import { writeZoneFile } from "./zone-file.js";
import { zoneTasks } from "./zone-tasks.js";

/** A zone the caller sees, named by the URL's `zone_id`. */
export function visibleZone(ctx: Ctx, id = ctx.params["zone_id"]): Row {
  const zone = ctx.cloud.state.zones.find((z) => z.id === id);
  if (!zone || !seesProject(zone, ctx)) throw notFound("Zone")(id);
  return zone;
}

/**
 * Zone exports: a task, PENDING when asked for and COMPLETE after the cloud's delay, whose
 * `location` then names the zone file at `…/exports/{id}/export`.
 */
export const zoneExports: CollectionSpec = zoneTasks({
  state: "zoneExports",
  kind: "exports",
  notFoundName: "ZoneExport",
  links: (task, _ctx, self): Record<string, string> =>
    task["status"] === "COMPLETE" ? { export: `${self}/export` } : {},
});

function startExport(ctx: Ctx): Response {
  const zone = visibleZone(ctx);
  const task: Row = {
    id: uuid(),
    status: "PENDING",
    message: null,
    location: null,
    zone_id: zone.id,
    project_id: zone["project_id"],
    created_at: designateTime(ctx.cloud.now()),
    updated_at: null,
    version: 1,
  };
  ctx.cloud.state.zoneExports.push(task);
  ctx.cloud.later(() =>
    Object.assign(task, {
      status: "COMPLETE",
      location: `designate://v2/zones/tasks/exports/${task.id}/export`,
      updated_at: designateTime(ctx.cloud.now()),
      version: 2,
    }),
  );
  return json(zoneExports.view!(task, ctx), 202, locationOf(ctx, `zones/tasks/exports/${task.id}`));
}

/** The zone file of a COMPLETE export, written from the zone as it is now (Designate does the same). */
function exportText(ctx: Ctx): Response {
  const task = ctx.cloud.state.zoneExports.find((t) => t.id === ctx.params["id"]);
  if (!task || !seesProject(task, ctx)) throw notFound("ZoneExport")();
  if (task["status"] !== "COMPLETE")
    throw new ApiError(400, "Zone can not be exported synchronously", { type: "bad_request" });
  const zone = visibleZone(ctx, task["zone_id"]);
  const served = ctx.cloud.state.recordsets.filter((rs) => rs["zone_id"] === zone.id && rs["action"] !== "DELETE");
  return text(writeZoneFile(zone, served), 200, "text/dns; charset=UTF-8");
}

export const zoneExportRoutes = (): Route[] => [
  { method: "POST", path: "v2/zones/:zone_id/tasks/export", handle: startExport },
  { method: "GET", path: "v2/zones/tasks/exports/:id/export", handle: exportText },
  ...designateRoutes(zoneExports),
];
