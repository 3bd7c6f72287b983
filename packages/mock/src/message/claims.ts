import { fail } from "../engine/api-error.js";
import { uuid } from "../engine/ids.js";
import { empty, json } from "../engine/respond.js";
import type { Ctx, Route, Row } from "../engine/types.js";
import { caller, intParam, isClaimed, liveMessages, messageView, queueNameOf } from "./zaqar.js";

/** A time in seconds from a body, within Zaqar's bounds (60 to 43200), or its default. */
function seconds(body: Row, name: string, fallback: number): number {
  const value = body[name] ?? fallback;
  if (!Number.isInteger(value) || value < 60 || value > 43200) {
    fail(400, `The value of the "${name}" field must be at least 60 and may not exceed 43200.`);
  }
  return value;
}

function liveClaim(ctx: Ctx, project: string, queue: string): Row {
  const claim = ctx.cloud.state.zaqarClaims.find(
    (c) => c["project"] === project && c["queue"] === queue && c["id"] === ctx.params["claim"],
  );
  if (!claim || claim["expires"] <= ctx.cloud.now()) fail(404, "Claim does not exist");
  return claim;
}

/** Zaqar's claims: free messages taken for a ttl (their lives stretched by grace), read, renewed, released. */
export function claimRoutes(): Route[] {
  return [
    {
      method: "POST",
      path: "v2/queues/:queue/claims",
      handle: async (ctx) => {
        const { project } = caller(ctx);
        const name = queueNameOf(ctx);
        const limit = intParam(ctx, "limit", 10, 1, 20);
        const body = await ctx.body();
        const ttl = seconds(body, "ttl", 60);
        const grace = seconds(body, "grace", 60);
        const free = liveMessages(ctx, project, name)
          .filter((m) => !isClaimed(ctx, m))
          .slice(0, limit);
        if (!free.length) return empty(204);
        const now = ctx.cloud.now();
        const claim = { project, queue: name, id: uuid(), ttl, grace, created: now, expires: now + ttl * 1000 };
        ctx.cloud.state.zaqarClaims.push(claim);
        for (const m of free) {
          m["claim_id"] = claim.id;
          m["claim_expires"] = claim.expires;
          m["expires"] = Math.max(m["expires"], claim.expires + grace * 1000);
        }
        const base = `/v2/queues/${name}/messages`;
        return json({ messages: free.map((m) => messageView(ctx, m, base)) }, 201, {
          Location: `/v2/queues/${name}/claims/${claim.id}`,
        });
      },
    },
    {
      method: "GET",
      path: "v2/queues/:queue/claims/:claim",
      handle: (ctx) => {
        const { project } = caller(ctx);
        const name = queueNameOf(ctx);
        const claim = liveClaim(ctx, project, name);
        const held = liveMessages(ctx, project, name).filter((m) => m["claim_id"] === claim["id"] && isClaimed(ctx, m));
        return json({
          age: Math.floor((ctx.cloud.now() - claim["created"]) / 1000),
          // the seconds it has left, as Zaqar's Swift store says it
          ttl: Math.floor((claim["expires"] - ctx.cloud.now()) / 1000),
          href: `/v2/queues/${name}/claims/${claim["id"]}`,
          messages: held.map((m) => messageView(ctx, m, `/v2/queues/${name}/messages`)),
        });
      },
    },
    {
      method: "PATCH",
      path: "v2/queues/:queue/claims/:claim",
      handle: async (ctx) => {
        const { project } = caller(ctx);
        const name = queueNameOf(ctx);
        const claim = liveClaim(ctx, project, name);
        const body = await ctx.body();
        const now = ctx.cloud.now();
        claim["ttl"] = seconds(body, "ttl", claim["ttl"]);
        claim["grace"] = seconds(body, "grace", claim["grace"]);
        claim["created"] = now;
        claim["expires"] = now + claim["ttl"] * 1000;
        for (const m of liveMessages(ctx, project, name).filter((m) => m["claim_id"] === claim["id"])) {
          m["claim_expires"] = claim["expires"];
          m["expires"] = Math.max(m["expires"], claim["expires"] + claim["grace"] * 1000);
        }
        return empty(204);
      },
    },
    {
      method: "DELETE",
      path: "v2/queues/:queue/claims/:claim",
      handle: (ctx) => {
        const { project } = caller(ctx);
        const name = queueNameOf(ctx);
        const state = ctx.cloud.state;
        for (const m of liveMessages(ctx, project, name).filter((m) => m["claim_id"] === ctx.params["claim"])) {
          delete m["claim_id"];
          delete m["claim_expires"];
        }
        state.zaqarClaims = state.zaqarClaims.filter(
          (c) => !(c["project"] === project && c["id"] === ctx.params["claim"]),
        );
        return empty(204);
      },
    },
  ];
}
