import { fail } from "../engine/api-error.js";
import { empty, json } from "../engine/respond.js";
import type { Ctx, Route, Row } from "../engine/types.js";
import { findIntrospection, INSPECTABLE, inspectorTime, introspectionView, ironicNode } from "./inspector.js";
import { processData } from "./processing.js";

const base = "v1/introspection";

/** Ends an introspection: `finished`, or `error` with the reason. */
function finish(ctx: Ctx, row: Row, error: string | null): void {
  Object.assign(row, {
    state: error ? "error" : "finished",
    finished: true,
    error,
    finished_at: inspectorTime(ctx.cloud.now()),
  });
}

/** Processes data for a node's introspection, as /v1/continue and a reapply do. */
function process(ctx: Ctx, row: Row, raw: Record<string, unknown>): void {
  row["raw"] = raw;
  try {
    row["data"] = processData(ctx, ironicNode(ctx, String(row["uuid"])), raw);
    finish(ctx, row, null);
  } catch (error) {
    finish(ctx, row, (error as Error).message);
  }
}

function list(ctx: Ctx): Response {
  const limit = Number(ctx.query.get("limit") ?? 1000);
  const marker = ctx.query.get("marker");
  let rows = [...ctx.cloud.state.introspections].sort(
    (a, b) =>
      String(b["started_at"]).localeCompare(String(a["started_at"])) ||
      String(b["uuid"]).localeCompare(String(a["uuid"])),
  );
  if (marker) {
    const at = rows.findIndex((r) => r["uuid"] === marker);
    if (at < 0) fail(404, `Node ${marker} was not found`);
    rows = rows.slice(at + 1);
  }
  return json({ introspection: rows.slice(0, limit).map((r) => introspectionView(ctx, r)) });
}

/**
 * A node's introspection: `starting`, `waiting` one cloud delay later (the boot device set and
 * the node rebooted through the fake Ironic, unless manage_boot=false), found again by the
 * MAC of one of its ports when the ramdisk posts to /v1/continue; `error` at once without a port.
 */
export function introspectionRoutes(): Route[] {
  return [
    { method: "GET", path: base, handle: list },
    {
      method: "GET",
      path: `${base}/:node`,
      handle: (ctx) => json(introspectionView(ctx, findIntrospection(ctx, ctx.params["node"]!))),
    },
    {
      method: "POST",
      path: `${base}/:node`,
      handle: (ctx) => {
        const node = ironicNode(ctx, ctx.params["node"]!);
        const state = String(node["provision_state"]);
        if (!INSPECTABLE.includes(state))
          fail(
            400,
            `Invalid provision state for introspection: "${state}", valid states are "${INSPECTABLE.join('", "')}"`,
          );
        const manageBoot = ctx.query.get("manage_boot") !== "false";
        const { state: all } = ctx.cloud;
        all.introspections = all.introspections.filter((i) => i["uuid"] !== node["uuid"]);
        const row: Row = {
          uuid: node["uuid"],
          state: "starting",
          finished: false,
          error: null,
          started_at: inspectorTime(ctx.cloud.now()),
          finished_at: null,
        };
        all.introspections.push(row);
        const macs = all.ironicPorts.filter((p) => p["node_uuid"] === node["uuid"]).map((p) => p["address"]);
        ctx.cloud.later(() => {
          if (row["state"] !== "starting") return;
          if (!macs.length) {
            const why =
              "No lookup attributes were found, inspector won't be able to find it after introspection, consider creating ironic ports or providing an IPMI address";
            return finish(ctx, row, why);
          }
          row["state"] = "waiting";
          row["macs"] = macs;
          if (manageBoot) node["power_state"] = "power on";
        });
        return empty(202);
      },
    },
    {
      method: "POST",
      path: `${base}/:node/abort`,
      handle: (ctx) => {
        const row = findIntrospection(ctx, ctx.params["node"]!);
        if (row["finished"]) fail(400, `Node ${row["uuid"]} can not abort introspection in state ${row["state"]}`);
        finish(ctx, row, "Canceled by operator");
        return empty(202);
      },
    },
    {
      method: "GET",
      path: `${base}/:node/data`,
      handle: (ctx) => {
        const row = findIntrospection(ctx, ctx.params["node"]!);
        return row["data"]
          ? json(row["data"])
          : fail(404, `Introspection data not found for node ${row["uuid"]}, processed=True`);
      },
    },
    {
      method: "GET",
      path: `${base}/:node/data/unprocessed`,
      handle: (ctx) => {
        const row = findIntrospection(ctx, ctx.params["node"]!);
        return row["raw"]
          ? json(row["raw"])
          : fail(404, `Introspection data not found for node ${row["uuid"]}, processed=False`);
      },
    },
    {
      method: "POST",
      path: `${base}/:node/data/unprocessed`,
      handle: async (ctx) => {
        const row = findIntrospection(ctx, ctx.params["node"]!);
        const given = (await ctx.request.clone().text()) ? await ctx.body() : undefined;
        if (!row["finished"]) fail(409, `Node ${row["uuid"]} is locked, please, retry later`);
        const raw = (given ?? row["raw"]) as Record<string, unknown> | undefined;
        if (!raw) fail(400, `Unprocessed data for node ${row["uuid"]} was not found`);
        row["state"] = "reapplying";
        ctx.cloud.later(() => process(ctx, row, raw!));
        return empty(202);
      },
    },
    {
      method: "POST",
      path: "v1/continue",
      auth: "none",
      handle: async (ctx) => {
        const raw = await ctx.body<Record<string, unknown>>();
        const interfaces = ((raw["inventory"] as Row | undefined)?.["interfaces"] ?? []) as Row[];
        const macs = interfaces.map((i) => i["mac_address"]);
        const row = ctx.cloud.state.introspections.find(
          (i) => i["state"] === "waiting" && (i["macs"] as unknown[]).some((mac) => macs.includes(mac)),
        );
        if (!row) fail(400, `Could not find a node for attributes {'bmc_address': [], 'mac': ${JSON.stringify(macs)}}`);
        process(ctx, row!, raw);
        return row!["error"] ? fail(400, String(row!["error"])) : json({ uuid: row!["uuid"] });
      },
    },
  ];
}
