import { ApiError } from "../engine/api-error.js";
import { empty, json } from "../engine/respond.js";
import { authOf, type Ctx, type Route } from "../engine/types.js";
import { authenticate } from "./authenticate.js";
import { catalogFor } from "./catalog.js";
import { v3, withSelf } from "./keystone.js";
import { tokenBody } from "./token-body.js";
import { liveToken, rolesOn } from "./token-store.js";

/** The token named by X-Subject-Token, while valid; Keystone's 404 otherwise. */
function subjectOf(ctx: Ctx) {
  const subject = ctx.request.headers.get("x-subject-token") ?? "";
  const live = liveToken(ctx.cloud, subject);
  if (!live) throw new ApiError(404, `Could not find token: ${subject}.`);
  return live;
}

const noCatalog = (ctx: Ctx) => ctx.query.has("nocatalog");

/**
 * `/v3/auth/tokens`: issue (POST, no token needed), validate (GET and HEAD, X-Auth-Token
 * plus X-Subject-Token) and revoke (DELETE); and what a token may reach under `/v3/auth`.
 */
export function tokenRoutes(): Route[] {
  return [
    {
      method: "POST",
      path: "v3/auth/tokens",
      auth: "none",
      handle: async (ctx) => {
        const record = authenticate(ctx.cloud, await ctx.body());
        const body = tokenBody(ctx.cloud.state, record, { catalog: !noCatalog(ctx) });
        return json(body, 201, { "X-Subject-Token": record.id, Vary: "X-Auth-Token" });
      },
    },
    {
      method: ["GET", "HEAD"],
      path: "v3/auth/tokens",
      handle: (ctx) => {
        const { record } = subjectOf(ctx);
        return json(tokenBody(ctx.cloud.state, record, { catalog: !noCatalog(ctx) }), 200, {
          "X-Subject-Token": record.id,
          Vary: "X-Auth-Token",
        });
      },
    },
    {
      method: "DELETE",
      path: "v3/auth/tokens",
      handle: (ctx) => {
        const { record } = subjectOf(ctx);
        const auth = authOf(ctx);
        if (!auth.isAdmin && record.userId !== auth.userId)
          throw new ApiError(403, "You are not authorized to perform the requested action: identity:revoke_token.");
        ctx.cloud.state.tokens.delete(record.id);
        return empty(204, { Vary: "X-Auth-Token" });
      },
    },
    {
      method: "GET",
      path: "v3/auth/projects",
      handle: (ctx) => {
        const { state } = ctx.cloud;
        const userId = authOf(ctx).userId;
        const projects = state.projects.filter((p) => rolesOn(state, userId, { projectId: p.id }).length > 0);
        return json({
          projects: projects.map((p) => withSelf("projects")(p, ctx)),
          links: { self: ctx.url.toString(), previous: null, next: null },
        });
      },
    },
    {
      method: "GET",
      path: "v3/auth/domains",
      handle: (ctx) => {
        const { state } = ctx.cloud;
        const userId = authOf(ctx).userId;
        const domains = state.domains.filter((d) => rolesOn(state, userId, { domainId: d.id }).length > 0);
        return json({
          domains: domains.map((d) => withSelf("domains")(d, ctx)),
          links: { self: ctx.url.toString(), previous: null, next: null },
        });
      },
    },
    {
      method: "GET",
      path: "v3/auth/catalog",
      handle: (ctx) =>
        json({
          catalog: catalogFor(ctx.cloud.state, authOf(ctx).projectId),
          links: { self: `${v3(ctx)}/auth/catalog`, previous: null, next: null },
        }),
    },
    {
      method: "GET",
      path: "v3/auth/system",
      handle: (ctx) => {
        const system = rolesOn(ctx.cloud.state, authOf(ctx).userId, { system: true }).length > 0;
        return json({
          system: system ? [{ all: true }] : [],
          links: { self: `${v3(ctx)}/auth/system`, previous: null, next: null },
        });
      },
    },
  ];
}
