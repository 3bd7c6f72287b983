import { fail } from "../engine/api-error.js";
import { uuid } from "../engine/ids.js";
import { json } from "../engine/respond.js";
import type { Ctx, Route, Row } from "../engine/types.js";
import { actionLocation, startAction } from "./actions.js";
import { findOwned, ownerOf, senlinList, senlinTime } from "./senlin.js";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
/** Senlin's `$8R`: eight letters and digits. */
const randomName = () => Array.from({ length: 8 }, () => LETTERS[Math.floor(Math.random() * LETTERS.length)]).join("");

/**
 * A new node record, INIT as Senlin's conductor stores it: an orphan (index -1, no cluster)
 * or the `index`th of a cluster, named `node-<8 random>` as Senlin's default format names them.
 * The fake's "physical" object is only an id: no server or stack is made for it.
 */
export function newNode(
  ctx: Ctx,
  profile: Row,
  fields: { name?: string; cluster_id?: string; index?: number } & Row,
): Row {
  const { name, cluster_id, index, ...rest } = fields;
  return {
    cluster_id: cluster_id ?? "",
    created_at: null,
    data: {},
    dependents: {},
    domain: null,
    id: uuid(),
    index: index ?? -1,
    init_at: senlinTime(ctx.cloud.now()),
    metadata: rest["metadata"] ?? {},
    name: name ?? `node-${randomName()}`,
    physical_id: null,
    profile_id: profile["id"],
    profile_name: profile["name"],
    project: ownerOf(ctx)["project"],
    role: rest["role"] ?? "",
    status: "INIT",
    status_reason: "Initializing",
    tainted: false,
    updated_at: null,
    user: ownerOf(ctx)["user"],
  };
}

/** The engine's node create: CREATING when taken up, ACTIVE with a physical id when done. */
export const nodeCreating = (node: Row): void => {
  Object.assign(node, { status: "CREATING", status_reason: "Creation in progress" });
};
export const nodeCreated = (ctx: Ctx, node: Row): void => {
  const now = senlinTime(ctx.cloud.now());
  Object.assign(node, {
    status: "ACTIVE",
    status_reason: "Creation succeeded",
    physical_id: uuid(),
    created_at: now,
    updated_at: now,
  });
};

const findNode = (ctx: Ctx) => findOwned(ctx, ctx.cloud.state.senlinNodes, "node", ctx.params["id"]);

/** Senlin's nodes: orphans made and deleted by actions of their own, read, listed, renamed by NODE_UPDATE. */
export function nodeRoutes(): Route[] {
  return [
    {
      method: "GET",
      path: "v1/nodes",
      handle: (ctx) => {
        // a cluster filter must name a cluster of the project (by id, name or short id)
        const cluster = ctx.query.get("cluster_id");
        if (cluster !== null) {
          try {
            findOwned(ctx, ctx.cloud.state.senlinClusters, "cluster", cluster);
          } catch {
            fail(400, `Cannot find the given cluster: ${cluster}.`, { type: "BadRequest" });
          }
        }
        const nodes = senlinList(ctx, ctx.cloud.state.senlinNodes, ["cluster_id", "name", "status"], "init_at");
        return json({ nodes });
      },
    },
    {
      method: "POST",
      path: "v1/nodes",
      handle: async (ctx) => {
        const input: Row = (await ctx.body())["node"] ?? {};
        if (typeof input["name"] !== "string") fail(400, "'name' is a required property", { type: "ValidationError" });
        const profile = findOwned(ctx, ctx.cloud.state.senlinProfiles, "profile", input["profile_id"]);
        if (input["cluster_id"]) fail(400, "The fake cloud makes orphan nodes only; add them to a cluster after");
        const node = newNode(ctx, profile, { name: input["name"], role: input["role"], metadata: input["metadata"] });
        ctx.cloud.state.senlinNodes.push(node);
        const action = startAction(
          ctx,
          { action: "NODE_CREATE", target: node["id"], cluster_id: "" },
          {
            begin: () => nodeCreating(node),
            finish: () => {
              nodeCreated(ctx, node);
              return undefined;
            },
          },
        );
        return json({ node }, 202, actionLocation(ctx, action));
      },
    },
    { method: "GET", path: "v1/nodes/:id", handle: (ctx) => json({ node: findNode(ctx) }) },
    {
      method: "PATCH",
      path: "v1/nodes/:id",
      handle: async (ctx) => {
        const node = findNode(ctx);
        const input: Row = (await ctx.body())["node"] ?? {};
        const changes = Object.fromEntries(
          ["name", "role", "metadata"].filter((f) => f in input && input[f] !== node[f]).map((f) => [f, input[f]]),
        );
        if (Object.keys(changes).length === 0) fail(400, "No property needs an update.", { type: "BadRequest" });
        const shown = { ...node };
        const action = startAction(
          ctx,
          { action: "NODE_UPDATE", target: node["id"], cluster_id: node["cluster_id"], inputs: changes },
          {
            begin: () => Object.assign(node, { status: "UPDATING", status_reason: "Update in progress" }),
            finish: () => {
              const now = senlinTime(ctx.cloud.now());
              Object.assign(node, changes, { status: "ACTIVE", status_reason: "Update succeeded", updated_at: now });
            },
          },
        );
        return json({ node: shown }, 202, actionLocation(ctx, action));
      },
    },
    {
      method: "DELETE",
      path: "v1/nodes/:id",
      handle: (ctx) => {
        const node = findNode(ctx);
        const action = startAction(
          ctx,
          { action: "NODE_DELETE", target: node["id"], cluster_id: node["cluster_id"] },
          {
            begin: () => Object.assign(node, { status: "DELETING", status_reason: "Deletion in progress" }),
            finish: () => {
              const { state } = ctx.cloud;
              state.senlinNodes = state.senlinNodes.filter((n) => n !== node);
            },
          },
        );
        return new Response(null, { status: 202, headers: actionLocation(ctx, action) });
      },
    },
  ];
}
