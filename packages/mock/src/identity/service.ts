import { ApiError } from "../engine/api-error.js";
import { tagRoutes } from "../engine/tag-routes.js";
import { AUTH_REQUIRED } from "../engine/error-styles.js";
import { empty } from "../engine/respond.js";
import type { Route } from "../engine/types.js";
import type { ServiceSpec } from "../engine/service-spec.js";
import { applicationCredentials } from "./application-credentials.js";
import { endpoints, regions, services } from "./catalog-collections.js";
import { domains, groups, projects, roles, users } from "./collections.js";
import { grantRoutes } from "./grants.js";
import { notFound } from "./keystone.js";
import { roleAssignmentRoutes } from "./role-assignments.js";
import { revokeTokensOf } from "./token-store.js";
import { tokenRoutes } from "./tokens.js";
import { versionRoutes } from "./versions.js";

export const IDENTITY_COLLECTIONS = [
  domains,
  projects,
  users,
  groups,
  roles,
  regions,
  services,
  endpoints,
  applicationCredentials,
];

/** POST /v3/users/{id}/password: a user changes their own password, proving the old one. */
const changePassword: Route = {
  method: "POST",
  path: "v3/users/:user_id/password",
  auth: "none",
  handle: async (ctx) => {
    const user = ctx.cloud.state.users.find((u) => u.id === ctx.params["user_id"]);
    if (!user) throw notFound("user")(ctx.params["user_id"]!);
    const given = (await ctx.body<{ user?: { password?: string; original_password?: string } }>()).user;
    if (!given?.password) throw new ApiError(400, "Invalid input for field 'password': a new password is required.");
    if (given.original_password !== user["password"]) throw new ApiError(401, AUTH_REQUIRED);
    user["password"] = given.password;
    revokeTokensOf(ctx.cloud.state, user.id);
    return empty(204);
  },
};

/** Keystone at the root of the fake cloud: `/` and `/v3`. */
export const identityService: ServiceSpec = {
  type: "identity",
  prefix: "",
  errors: "keystone",
  collections: IDENTITY_COLLECTIONS,
  routes: (cloud) => [
    ...versionRoutes(cloud),
    ...tokenRoutes(),
    ...roleAssignmentRoutes(),
    ...grantRoutes(),
    changePassword,
    ...tagRoutes(projects, {
      missing: (tag) => new ApiError(404, `Could not find project tag: ${tag}.`),
      added: () => empty(201, { "Content-Type": "text/html; charset=utf-8" }),
      listed: (tags, ctx) => ({ links: { self: `${ctx.serviceUrl}/v3` }, tags }),
    }),
  ],
};
