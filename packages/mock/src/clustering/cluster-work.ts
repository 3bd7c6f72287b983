import { fail } from "../engine/api-error.js";
import { json } from "../engine/respond.js";
import type { Ctx, Route, Row } from "../engine/types.js";
import { actionLocation, startAction } from "./actions.js";
import { newNode, nodeCreated, nodeCreating } from "./nodes.js";
import { findOwned } from "./senlin.js";

/** Kept for naming nodes, never shown. */
const HIDDEN = ["next_index"];

export const findCluster = (ctx: Ctx, id = ctx.params["id"]) =>
  findOwned(ctx, ctx.cloud.state.senlinClusters, "cluster", id);

const nodesOf = (ctx: Ctx, cluster: Row) =>
  ctx.cloud.state.senlinNodes.filter((n) => n["cluster_id"] === cluster["id"]);

/** A cluster as Senlin shows it: its profile's name, its nodes' ids, its policy bindings' ids. */
export function clusterView(ctx: Ctx, cluster: Row): Row {
  const shown = Object.fromEntries(Object.entries(cluster).filter(([k]) => !HIDDEN.includes(k)));
  const profile = ctx.cloud.state.senlinProfiles.find((p) => p["id"] === cluster["profile_id"]);
  return {
    ...shown,
    profile_name: profile?.["name"] ?? null,
    nodes: nodesOf(ctx, cluster).map((n) => n["id"]),
    policies: ctx.cloud.state.senlinBindings.filter((b) => b["cluster_id"] === cluster["id"]).map((b) => b["id"]),
  };
}

/** Senlin's eval_status: the cluster's state from its ACTIVE nodes against its sizes. */
export function evalStatus(ctx: Ctx, cluster: Row, operation: string, extra: Row = {}): void {
  const active = nodesOf(ctx, cluster).filter((n) => n["status"] === "ACTIVE").length;
  const { min_size: min, max_size: max, desired_capacity: desired } = cluster;
  const [status, reason] =
    active < min
      ? ["ERROR", `number of active nodes is below min_size (${min}).`]
      : active < desired
        ? ["WARNING", `number of active nodes is below desired_capacity (${desired}).`]
        : max < 0 || active <= max
          ? ["ACTIVE", `number of active nodes is equal or above desired_capacity (${desired}).`]
          : ["WARNING", `number of active nodes is above max_size (${max}).`];
  Object.assign(cluster, extra, { status, status_reason: `${operation}: ${reason}` });
}

/** Adds `count` CREATING nodes to the cluster, indexed on; answers them for the action's end. */
export function grow(ctx: Ctx, cluster: Row, count: number): Row[] {
  const profile = ctx.cloud.state.senlinProfiles.find((p) => p["id"] === cluster["profile_id"])!;
  const born = Array.from({ length: count }, () => {
    const node = newNode(ctx, profile, { cluster_id: cluster["id"], index: cluster["next_index"]++ });
    nodeCreating(node);
    return node;
  });
  ctx.cloud.state.senlinNodes.push(...born);
  return born;
}

/** The cluster's size after the action, or the strict check's refusal (scaleutils, strict). */
function strictSize(cluster: Row, size: number): string | undefined {
  if (size < cluster["min_size"])
    return `The target capacity (${size}) is less than the cluster's min_size (${cluster["min_size"]}).`;
  if (cluster["max_size"] >= 0 && size > cluster["max_size"])
    return `The target capacity (${size}) is greater than the cluster's max_size (${cluster["max_size"]}).`;
  return undefined;
}

/** Scaling out (count > 0) or in (count < 0): checked when the engine runs it, as Senlin does. */
function scale(ctx: Ctx, cluster: Row, kind: "CLUSTER_SCALE_OUT" | "CLUSTER_SCALE_IN", count: number, inputs: Row) {
  let born: Row[] = [];
  let refused: string | undefined;
  return startAction(
    ctx,
    { action: kind, target: cluster["id"], cluster_id: cluster["id"], inputs },
    {
      begin: () => {
        const nodes = nodesOf(ctx, cluster);
        const change = kind === "CLUSTER_SCALE_OUT" ? count : -Math.min(count, nodes.length);
        refused = strictSize(cluster, nodes.length + change);
        if (refused) return;
        const verb = kind === "CLUSTER_SCALE_OUT" ? "out" : "in";
        Object.assign(cluster, {
          status: "RESIZING",
          status_reason: `Cluster scale ${verb} started.`,
          desired_capacity: nodes.length + change,
        });
        if (change > 0) born = grow(ctx, cluster, change);
        // Senlin picks at random without a deletion policy; the fake takes the newest
        const leaving = nodes.slice(nodes.length + change);
        ctx.cloud.state.senlinNodes = ctx.cloud.state.senlinNodes.filter((n) => !leaving.includes(n));
      },
      finish: () => {
        if (refused) return refused;
        for (const node of born) nodeCreated(ctx, node);
        evalStatus(ctx, cluster, kind);
        return undefined;
      },
    },
  );
}

const countOf = (body: Row): number => {
  const value = body["count"] ?? 1;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) fail(400, `Invalid count (${value}) for scaling.`, { type: "BadRequest" });
  return count;
};

/** `POST clusters/<id>/actions`: scale_out and scale_in; each answers `{ action }` and its Location. */
export function clusterActionRoutes(): Route[] {
  return [
    {
      method: "POST",
      path: "v1/clusters/:id/actions",
      handle: async (ctx) => {
        const cluster = findCluster(ctx);
        const body = await ctx.body();
        const names = Object.keys(body);
        if (names.length !== 1) fail(400, "No action specified", { type: "HTTPBadRequest" });
        const name = names[0]!;
        const args: Row = body[name] ?? {};
        let action: string;
        if (name === "scale_out") {
          const count = countOf(args);
          action = scale(ctx, cluster, "CLUSTER_SCALE_OUT", count, "count" in args ? { count } : {});
        } else if (name === "scale_in") {
          const count = countOf(args);
          action = scale(ctx, cluster, "CLUSTER_SCALE_IN", count, "count" in args ? { count } : {});
        } else {
          return fail(400, `Unrecognized action '${name}' specified`, { type: "HTTPBadRequest" });
        }
        return json({ action }, 202, actionLocation(ctx, action));
      },
    },
  ];
}
