import { ApiError } from "../engine/api-error.js";
import type { CollectionSpec } from "../engine/collection.js";
import { hexId, randomHex } from "../engine/ids.js";
import { authOf, type Ctx, type Row } from "../engine/types.js";
import { conflict, notFound, policyRefusal, v3 } from "./keystone.js";

const roleView = (role: Row) => ({
  id: role.id,
  name: role.name,
  domain_id: role.domain_id ?? null,
  description: role.description ?? null,
  options: role.options ?? {},
});

function credentialView(item: Row, ctx: Ctx): Row {
  const { secret: _secret, ...shown } = item;
  return { ...shown, links: { self: `${v3(ctx)}/application_credentials/${item.id}` } };
}

/** Only the owner makes credentials; the owner or an admin reads and deletes them. */
function allow(ctx: Ctx, verb: string): boolean {
  const own = ctx.params["user_id"] === ctx.auth?.userId;
  return verb === "create" ? own : own || ctx.auth?.isAdmin === true;
}

/**
 * Application credentials under `/v3/users/{user_id}`: the secret is given or made, shown
 * once in the create's answer and never again; the project and roles come from the token.
 */
export const applicationCredentials: CollectionSpec = {
  state: "applicationCredentials",
  path: "v3/users/:user_id/application_credentials",
  key: "application_credential",
  pluralKey: "application_credentials",
  parent: { param: "user_id", field: "user_id" },
  verbs: ["list", "get", "create", "delete"],
  paging: "keystone",
  unknownFilters: "ignore",
  filters: { name: "exact" },
  access: {
    admin: "all",
    allow,
    forbidden: (verb) =>
      policyRefusal(`${verb === "list" ? "list" : verb}_application_credential${verb === "list" ? "s" : ""}`),
  },
  notFound: notFound("application credential"),
  hidden: ["secret"],
  build: (input, ctx) => {
    const auth = authOf(ctx);
    if (typeof input["name"] !== "string")
      throw new ApiError(400, "Invalid input for field 'name': an application credential needs a name.");
    if (auth.projectId === undefined)
      throw new ApiError(400, "An application credential needs a project-scoped token.");
    if (ctx.cloud.state.applicationCredentials.some((c) => c.user_id === auth.userId && c.name === input["name"])) {
      throw conflict("application_credential", `Duplicate entry found with name ${input["name"]}.`);
    }
    const wanted = Array.isArray(input["roles"]) ? (input["roles"] as Row[]) : undefined;
    const roles = auth.roles
      .filter((role) => !wanted || wanted.some((w) => w.id === role.id || w.name === role.name))
      .map((role) => roleView(ctx.cloud.state.roles.find((r) => r.id === role.id) ?? role));
    return {
      id: hexId(),
      description: null,
      system: null,
      expires_at: null,
      unrestricted: false,
      access_rules: [],
      secret: randomHex(32),
      ...input,
      roles,
      project_id: auth.projectId,
      user_id: auth.userId,
    };
  },
  view: credentialView,
  // The create's answer is the one place the secret appears.
  createdView: (item, ctx) => ({ ...credentialView(item, ctx), secret: item["secret"] }),
};
