import { fail } from "../engine/api-error.js";
import { uuid } from "../engine/ids.js";
import { json } from "../engine/respond.js";
import type { Route, Row } from "../engine/types.js";
import { ACTION_TIMEOUT, actionLocation, startAction } from "./actions.js";
import { clusterActionRoutes, clusterView, evalStatus, findCluster, grow } from "./cluster-work.js";
import { nodeCreated } from "./nodes.js";
import { findOwned, ownerOf, senlinList, senlinTime } from "./senlin.js";

/** Senlin's refusals of sizes that cannot hold (scaleutils.check_size_params, the create's part). */
export function checkSizes(desired: number, min: number | undefined, max: number | undefined): void {
  const refuse = (message: string) => fail(400, message, { type: "BadRequest" });
  if (min !== undefined && desired < min)
    refuse(`The target capacity (${desired}) is less than the specified min_size (${min}).`);
  if (max !== undefined && max >= 0 && desired > max)
    refuse(`The target capacity (${desired}) is greater than the specified max_size (${max}).`);
}

/** Senlin's clusters: made INIT and grown by CLUSTER_CREATE, updated and deleted by their actions. */
export function clusterRoutes(): Route[] {
  return [
    {
      method: "GET",
      path: "v1/clusters",
      handle: (ctx) => {
        const listed = senlinList(ctx, ctx.cloud.state.senlinClusters, ["name", "status"], "init_at");
        return json({ clusters: listed.map((c) => clusterView(ctx, c)) });
      },
    },
    {
      method: "POST",
      path: "v1/clusters",
      handle: async (ctx) => {
        const input: Row = (await ctx.body())["cluster"] ?? {};
        if (typeof input["name"] !== "string") fail(400, "'name' is a required property", { type: "ValidationError" });
        let profile: Row;
        try {
          profile = findOwned(ctx, ctx.cloud.state.senlinProfiles, "profile", input["profile_id"]);
        } catch {
          return fail(400, `The specified profile '${input["profile_id"]}' could not be found.`, {
            type: "BadRequest",
          });
        }
        const desired = input["desired_capacity"] ?? input["min_size"] ?? 0;
        checkSizes(desired, input["min_size"], input["max_size"]);
        const cluster: Row = {
          id: uuid(),
          name: input["name"],
          profile_id: profile["id"],
          init_at: senlinTime(ctx.cloud.now()),
          created_at: null,
          updated_at: null,
          min_size: input["min_size"] || 0,
          max_size: input["max_size"] || -1,
          desired_capacity: desired,
          next_index: 1,
          timeout: input["timeout"] || ACTION_TIMEOUT,
          status: "INIT",
          status_reason: "Initializing",
          metadata: input["metadata"] ?? {},
          data: {},
          dependents: {},
          config: input["config"] ?? {},
          ...ownerOf(ctx),
        };
        ctx.cloud.state.senlinClusters.push(cluster);
        let born: Row[] = [];
        const action = startAction(
          ctx,
          { action: "CLUSTER_CREATE", target: cluster["id"], cluster_id: cluster["id"] },
          {
            begin: () => {
              const now = senlinTime(ctx.cloud.now());
              Object.assign(cluster, { status: "CREATING", status_reason: "Creation in progress", updated_at: now });
              born = grow(ctx, cluster, desired);
            },
            finish: () => {
              for (const node of born) nodeCreated(ctx, node);
              const now = senlinTime(ctx.cloud.now());
              evalStatus(ctx, cluster, "CLUSTER_CREATE", { created_at: now, updated_at: now });
            },
          },
        );
        return json({ cluster: clusterView(ctx, cluster) }, 202, actionLocation(ctx, action));
      },
    },
    { method: "GET", path: "v1/clusters/:id", handle: (ctx) => json({ cluster: clusterView(ctx, findCluster(ctx)) }) },
    {
      method: "PATCH",
      path: "v1/clusters/:id",
      handle: async (ctx) => {
        const cluster = findCluster(ctx);
        if (cluster["status"] === "ERROR")
          fail(409, "Updating a cluster in error state is not supported.", { type: "FeatureNotSupported" });
        const input: Row = (await ctx.body())["cluster"] ?? {};
        const changes = Object.fromEntries(
          ["name", "metadata", "timeout", "config"]
            .filter((f) => f in input && JSON.stringify(input[f]) !== JSON.stringify(cluster[f]))
            .map((f) => [f, input[f]]),
        );
        if (Object.keys(changes).length === 0) fail(400, "No property needs an update.", { type: "BadRequest" });
        const shown = clusterView(ctx, cluster);
        const action = startAction(
          ctx,
          { action: "CLUSTER_UPDATE", target: cluster["id"], cluster_id: cluster["id"], inputs: changes },
          {
            begin: () => Object.assign(cluster, { status: "UPDATING", status_reason: "Update in progress" }),
            finish: () => {
              Object.assign(cluster, changes);
              evalStatus(ctx, cluster, "CLUSTER_UPDATE", { updated_at: senlinTime(ctx.cloud.now()) });
            },
          },
        );
        return json({ cluster: shown }, 202, actionLocation(ctx, action));
      },
    },
    {
      method: "DELETE",
      path: "v1/clusters/:id",
      handle: (ctx) => {
        const cluster = findCluster(ctx);
        if (["CREATING", "UPDATING", "DELETING", "RECOVERING"].includes(cluster["status"]))
          fail(409, `The cluster '${ctx.params["id"]}' is in status ${cluster["status"]}.`, {
            type: "ActionInProgress",
          });
        const action = startAction(
          ctx,
          { action: "CLUSTER_DELETE", target: cluster["id"], cluster_id: cluster["id"] },
          {
            begin: () => Object.assign(cluster, { status: "DELETING", status_reason: "Deletion in progress" }),
            finish: () => {
              const { state } = ctx.cloud;
              state.senlinNodes = state.senlinNodes.filter((n) => n["cluster_id"] !== cluster["id"]);
              state.senlinBindings = state.senlinBindings.filter((b) => b["cluster_id"] !== cluster["id"]);
              state.senlinClusters = state.senlinClusters.filter((c) => c !== cluster);
            },
          },
        );
        return new Response(null, { status: 202, headers: actionLocation(ctx, action) });
      },
    },
    ...clusterActionRoutes(),
  ];
}
