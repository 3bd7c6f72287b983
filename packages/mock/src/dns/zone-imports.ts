import { ApiError } from "../engine/api-error.js";
import type { CollectionSpec } from "../engine/collection.js";
import { uuid } from "../engine/ids.js";
import { json } from "../engine/respond.js";
import type { Ctx, Route, Row } from "../engine/types.js";
import { designateTime, locationOf, pendingThenActive } from "./designate.js";
import { designateRoutes, projectOf } from "./scope.js";
import { parseZoneFile } from "./zone-file.js";
import { zoneTasks } from "./zone-tasks.js";
import { newRecordset, newZone } from "./zones.js";

/** Zone imports: a task that reads a zone file after the cloud's delay and makes its zone, or says why not. */
export const zoneImports: CollectionSpec = zoneTasks({
  state: "zoneImports",
  kind: "imports",
  notFoundName: "ZoneImport",
  links: (task, ctx): Record<string, string> =>
    task["zone_id"] ? { zone: `${ctx.serviceUrl}/v2/zones/${task["zone_id"]}` } : {},
});

/** Reads the zone file and makes the zone with its recordsets (served at once: they came whole). */
function runImport(task: Row, zonefile: string, ctx: Ctx): void {
  const parsed = parseZoneFile(zonefile);
  const done = { updated_at: designateTime(ctx.cloud.now()), version: 2 };
  if (!parsed.ok) return void Object.assign(task, { status: "ERROR", message: parsed.message, ...done });
  if (ctx.cloud.state.zones.some((z) => z["name"] === parsed.name))
    return void Object.assign(task, { status: "ERROR", message: "Duplicate zone.", ...done });
  const { name, email, ttl, serial } = parsed;
  const zone = newZone({ name, email, ttl, serial }, ctx, task["project_id"]);
  ctx.cloud.state.zones.push(zone);
  for (const rs of parsed.recordsets) {
    const made = newRecordset(zone, rs, ctx);
    ctx.cloud.state.recordsets.push(Object.assign(made, { status: "ACTIVE", action: "NONE" }));
  }
  pendingThenActive(zone, "CREATE", ctx);
  Object.assign(task, { status: "COMPLETE", message: `${name} imported`, zone_id: zone.id, ...done });
}

async function startImport(ctx: Ctx): Promise<Response> {
  if (!ctx.request.headers.get("content-type")?.startsWith("text/dns"))
    throw new ApiError(415, "Content-type must be text/dns", { type: "unsupported_content_type" });
  const zonefile = new TextDecoder().decode(await ctx.bytes());
  const task: Row = {
    id: uuid(),
    status: "PENDING",
    message: null,
    zone_id: null,
    project_id: projectOf(ctx),
    created_at: designateTime(ctx.cloud.now()),
    updated_at: null,
    version: 1,
  };
  ctx.cloud.state.zoneImports.push(task);
  ctx.cloud.later(() => runImport(task, zonefile, ctx));
  return json(zoneImports.view!(task, ctx), 202, locationOf(ctx, `zones/tasks/imports/${task.id}`));
}

export const zoneImportRoutes = (): Route[] => [
  { method: "POST", path: "v2/zones/tasks/imports", handle: startImport },
  ...designateRoutes(zoneImports),
];
