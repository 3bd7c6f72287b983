import { fail } from "../engine/api-error.js";
import { empty, json } from "../engine/respond.js";
import type { Ctx, Route, Row } from "../engine/types.js";
import { QUEUE_DEFAULTS, caller, intParam, isClaimed, liveMessages, queueNameOf } from "./zaqar.js";

const find = (ctx: Ctx, project: string, name: string) =>
  ctx.cloud.state.zaqarQueues.find((q) => q["project"] === project && q["name"] === name);

/** A queue, made when first named by a PUT or a post of messages (Zaqar's queues are lazy). */
export function ensureQueue(ctx: Ctx, project: string, name: string, metadata: Row = {}): boolean {
  if (find(ctx, project, name)) return false;
  ctx.cloud.state.zaqarQueues.push({ project, name, metadata });
  return true;
}

/** One JSON patch operation of Zaqar's queue update, on a copy of the metadata. */
function applyPatch(metadata: Row, operation: Row): void {
  const path = typeof operation["path"] === "string" ? operation["path"] : "";
  if (!path.startsWith("/metadata/"))
    fail(400, "The request body is not valid: only paths under /metadata/ may change.");
  const key = path.slice("/metadata/".length);
  if (operation["op"] === "remove") {
    if (!(key in metadata)) fail(409, `Metadata key ${key} does not exist.`);
    delete metadata[key];
  } else if (operation["op"] === "add" || operation["op"] === "replace") {
    metadata[key] = operation["value"];
  } else fail(400, `Invalid operation: ${JSON.stringify(operation["op"])}`);
}

/** Zaqar's queues: PUT to make, GET for the metadata (any name: defaults), PATCH, DELETE, list, stats, purge. */
export function queueRoutes(): Route[] {
  return [
    {
      method: "GET",
      path: "v2/queues",
      handle: (ctx) => {
        const { project } = caller(ctx);
        const limit = intParam(ctx, "limit", 10, 1, 1000);
        const marker = ctx.query.get("marker");
        const name = ctx.query.get("name");
        const detailed = ctx.query.get("detailed") === "true";
        const all = ctx.cloud.state.zaqarQueues
          .filter((q) => q["project"] === project && (name === null || q["name"] === name))
          .sort((a, b) => String(a["name"]).localeCompare(String(b["name"])));
        const page = all.filter((q) => marker === null || String(q["name"]) > marker).slice(0, limit);
        const queues = page.map((q) => ({
          name: q["name"],
          href: `/v2/queues/${q["name"]}`,
          ...(detailed && { metadata: q["metadata"] }),
        }));
        const next = new URLSearchParams(ctx.query);
        if (page.length) next.set("marker", String(page.at(-1)!["name"]));
        return json({ queues, links: page.length ? [{ rel: "next", href: `/v2/queues?${next}` }] : [] });
      },
    },
    {
      method: "PUT",
      path: "v2/queues/:queue",
      handle: async (ctx) => {
        const { project } = caller(ctx);
        const name = queueNameOf(ctx);
        const text = await ctx.request.clone().text();
        const metadata = text ? await ctx.body() : {};
        return empty(ensureQueue(ctx, project, name, metadata) ? 201 : 204, { Location: `/v2/queues/${name}` });
      },
    },
    {
      method: "GET",
      path: "v2/queues/:queue",
      handle: (ctx) => {
        const { project } = caller(ctx);
        const queue = find(ctx, project, queueNameOf(ctx));
        return json({ ...QUEUE_DEFAULTS, ...queue?.["metadata"] });
      },
    },
    {
      method: "PATCH",
      path: "v2/queues/:queue",
      handle: async (ctx) => {
        const { project } = caller(ctx);
        if (ctx.request.headers.get("content-type") !== "application/openstack-messaging-v2.0-json-patch") {
          fail(415, "Accepted media type for PATCH: application/openstack-messaging-v2.0-json-patch.");
        }
        const queue = find(ctx, project, queueNameOf(ctx)) ?? fail(404, "Queue does not exist");
        const operations = await ctx.body<Row[]>();
        if (!Array.isArray(operations)) fail(400, "The request body must be a list of JSON patch operations.");
        // Zaqar patches the metadata as a read shows it, reserved settings filled in, and keeps that
        const metadata = { ...QUEUE_DEFAULTS, ...queue["metadata"] };
        for (const operation of operations) applyPatch(metadata, operation);
        queue["metadata"] = metadata;
        return json(metadata);
      },
    },
    {
      method: "DELETE",
      path: "v2/queues/:queue",
      handle: (ctx) => {
        const { project } = caller(ctx);
        const name = queueNameOf(ctx);
        const state = ctx.cloud.state;
        const mine = (r: Row) => r["project"] === project && r["queue"] === name;
        state.zaqarQueues = state.zaqarQueues.filter((q) => !(q["project"] === project && q["name"] === name));
        state.zaqarMessages = state.zaqarMessages.filter((m) => !mine(m));
        state.zaqarClaims = state.zaqarClaims.filter((c) => !mine(c));
        return empty(204);
      },
    },
    {
      method: "GET",
      path: "v2/queues/:queue/stats",
      handle: (ctx) => {
        const { project } = caller(ctx);
        const messages = liveMessages(ctx, project, queueNameOf(ctx));
        const claimed = messages.filter((m) => isClaimed(ctx, m)).length;
        return json({ messages: { free: messages.length - claimed, claimed, total: messages.length } });
      },
    },
    {
      method: "POST",
      path: "v2/queues/:queue/purge",
      handle: async (ctx) => {
        const { project } = caller(ctx);
        const name = queueNameOf(ctx);
        const types: unknown = (await ctx.body())["resource_types"] ?? ["messages", "subscriptions"];
        if (Array.isArray(types) && types.includes("messages")) {
          const state = ctx.cloud.state;
          state.zaqarMessages = state.zaqarMessages.filter((m) => !(m["project"] === project && m["queue"] === name));
        }
        return empty(204);
      },
    },
  ];
}
