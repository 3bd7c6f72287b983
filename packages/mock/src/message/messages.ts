import { fail } from "../engine/api-error.js";
import { uuid } from "../engine/ids.js";
import { empty, json } from "../engine/respond.js";
import type { Ctx, Route, Row } from "../engine/types.js";
import { ensureQueue } from "./queues.js";
import { caller, intParam, isClaimed, liveMessages, messageView, queueNameOf } from "./zaqar.js";

const base = (name: string) => `/v2/queues/${name}/messages`;
/** `ids=a&ids=b` or `ids=a,b` (a literal comma): Zaqar reads both. */
const idsOf = (ctx: Ctx) => ctx.query.getAll("ids").flatMap((value) => value.split(","));

/** Zaqar's messages: posted (the queue made if it was not), listed by marker, read and deleted by id, popped. */
export function messageRoutes(): Route[] {
  return [
    {
      method: "POST",
      path: "v2/queues/:queue/messages",
      handle: async (ctx) => {
        const { project, client } = caller(ctx);
        const name = queueNameOf(ctx);
        const posted = (await ctx.body())["messages"];
        if (!Array.isArray(posted) || posted.length === 0) fail(400, "No messages were found in the request body.");
        ensureQueue(ctx, project, name);
        const now = ctx.cloud.now();
        const resources = posted.map((m: Row, i: number) => {
          const ttl = typeof m["ttl"] === "number" ? m["ttl"] : 3600;
          // one millisecond apart, so that the order of a post is the order of a listing
          const message = {
            project,
            queue: name,
            id: uuid(),
            body: m["body"],
            ttl,
            client,
            created: now + i,
            expires: now + ttl * 1000,
          };
          ctx.cloud.state.zaqarMessages.push(message);
          return `${base(name)}/${message.id}`;
        });
        return json({ resources }, 201);
      },
    },
    {
      method: "GET",
      path: "v2/queues/:queue/messages",
      handle: (ctx) => {
        const { project, client } = caller(ctx);
        const name = queueNameOf(ctx);
        const messages = liveMessages(ctx, project, name);
        const ids = idsOf(ctx);
        if (ids.length) {
          const found = messages.filter((m) => ids.includes(m["id"]));
          if (!found.length) fail(404, `No messages with IDs: ${ids.join(",")} found in the queue ${name}.`);
          return json({ messages: found.map((m) => messageView(ctx, m, base(name))) });
        }
        const limit = intParam(ctx, "limit", 10, 1, 20);
        const start = intParam(ctx, "marker", 0, 0, Number.MAX_SAFE_INTEGER);
        const echo = ctx.query.get("echo") === "true";
        const withClaimed = ctx.query.get("include_claimed") === "true";
        const shown = messages
          .map((m, index) => ({ m, index }))
          .filter(
            ({ m, index }) => index >= start && (echo || m["client"] !== client) && (withClaimed || !isClaimed(ctx, m)),
          )
          .slice(0, limit);
        const next = new URLSearchParams(ctx.query);
        if (shown.length) next.set("marker", String(shown.at(-1)!.index + 1));
        return json({
          messages: shown.map(({ m }) => messageView(ctx, m, base(name))),
          links: shown.length ? [{ rel: "next", href: `${base(name)}?${next}` }] : [],
        });
      },
    },
    {
      method: "DELETE",
      path: "v2/queues/:queue/messages",
      handle: (ctx) => {
        const { project } = caller(ctx);
        const name = queueNameOf(ctx);
        const state = ctx.cloud.state;
        const pop = ctx.query.get("pop");
        if (pop !== null) {
          const count = intParam(ctx, "pop", 1, 1, 20);
          const taken = liveMessages(ctx, project, name)
            .filter((m) => !isClaimed(ctx, m))
            .slice(0, count);
          state.zaqarMessages = state.zaqarMessages.filter((m) => !taken.includes(m));
          return json({ messages: taken.map((m) => messageView(ctx, m, base(name))) });
        }
        const ids = idsOf(ctx);
        if (!ids.length) fail(400, "Either ids or pop must be given.");
        state.zaqarMessages = state.zaqarMessages.filter(
          (m) => !(m["project"] === project && m["queue"] === name && ids.includes(m["id"])),
        );
        return empty(204);
      },
    },
    {
      method: "GET",
      path: "v2/queues/:queue/messages/:id",
      handle: (ctx) => {
        const { project } = caller(ctx);
        const name = queueNameOf(ctx);
        const message = liveMessages(ctx, project, name).find((m) => m["id"] === ctx.params["id"]);
        return message ? json(messageView(ctx, message, base(name))) : fail(404, "Message does not exist");
      },
    },
    {
      method: "DELETE",
      path: "v2/queues/:queue/messages/:id",
      handle: (ctx) => {
        const { project } = caller(ctx);
        const name = queueNameOf(ctx);
        const message = liveMessages(ctx, project, name).find((m) => m["id"] === ctx.params["id"]);
        if (message && isClaimed(ctx, message) && ctx.query.get("claim_id") !== message["claim_id"]) {
          fail(403, "A claimed message can only be deleted with its claim's id.");
        }
        const state = ctx.cloud.state;
        state.zaqarMessages = state.zaqarMessages.filter((m) => m !== message);
        return empty(204);
      },
    },
  ];
}
