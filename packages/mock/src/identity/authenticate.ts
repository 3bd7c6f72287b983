import { ApiError } from "../engine/api-error.js";
import { AUTH_REQUIRED } from "../engine/error-styles.js";
import type { Cloud, Row } from "../engine/types.js";
import type { TokenRecord } from "../cloud/state.js";
import { issueToken, liveToken, rolesOn, type Scope } from "./token-store.js";

type Json = Record<string, any>;

const unauthorized = () => new ApiError(401, AUTH_REQUIRED);
const badRequest = (message: string) =>
  new ApiError(
    400,
    `${message} The server could not comply with the request since it is either malformed or otherwise incorrect. The client is assumed to be in error.`,
  );

/** A domain named by `{id}` or `{name}`. */
function domainOf(cloud: Cloud, ref: Json | undefined, what: string): Row {
  if (!ref || (ref["id"] === undefined && ref["name"] === undefined))
    throw badRequest(`Expecting to find domain in ${what}.`);
  const domain = cloud.state.domains.find((d) =>
    ref["id"] !== undefined ? d.id === ref["id"] : d.name === ref["name"],
  );
  if (!domain) throw unauthorized();
  return domain;
}

/** A user named by `{id}` or `{name, domain}`. */
function userOf(cloud: Cloud, ref: Json | undefined): Row {
  if (!ref) throw badRequest("Expecting to find user in identity.");
  const user =
    ref["id"] !== undefined
      ? cloud.state.users.find((u) => u.id === ref["id"])
      : cloud.state.users.find(
          (u) => u.name === ref["name"] && u.domain_id === domainOf(cloud, ref["domain"], "user").id,
        );
  if (!user || user.enabled === false) throw unauthorized();
  return user;
}

interface Identity {
  user: Row;
  methods: string[];
  /** A token being exchanged keeps its expiry. */
  expiresAt?: number;
  credential?: Row;
}

function identify(cloud: Cloud, identity: Json): Identity {
  const methods: string[] = Array.isArray(identity["methods"]) ? identity["methods"] : [];
  if (methods.includes("password")) {
    const given = identity["password"]?.user as Json | undefined;
    const user = userOf(cloud, given);
    if (typeof user["password"] !== "string" || user["password"] !== given?.["password"]) throw unauthorized();
    return { user, methods: ["password"] };
  }
  if (methods.includes("token")) {
    const live = liveToken(cloud, String(identity["token"]?.id ?? ""));
    if (!live) throw unauthorized();
    return { user: live.user, methods: ["token"], expiresAt: live.record.expiresAt };
  }
  if (methods.includes("application_credential")) {
    const given = (identity["application_credential"] ?? {}) as Json;
    const owner = given["id"] === undefined ? userOf(cloud, given["user"]) : undefined;
    const credential = cloud.state.applicationCredentials.find((c) =>
      given["id"] !== undefined ? c.id === given["id"] : c.name === given["name"] && c.user_id === owner?.id,
    );
    if (!credential || credential["secret"] !== given["secret"]) throw unauthorized();
    if (credential["expires_at"] && Date.parse(credential["expires_at"]) <= cloud.now()) throw unauthorized();
    const user = cloud.state.users.find((u) => u.id === credential["user_id"]);
    if (!user || user.enabled === false) throw unauthorized();
    return { user, methods: ["application_credential"], credential };
  }
  throw new ApiError(401, `Attempted to authenticate with an unsupported method: ${methods.join(", ") || "none"}.`);
}

function scopeOf(cloud: Cloud, scope: unknown, user: Row): Scope {
  if (scope === undefined || scope === "unscoped") {
    const project = cloud.state.projects.find((p) => p.id === user["default_project_id"] && p.enabled !== false);
    return project && rolesOn(cloud.state, user.id, { projectId: project.id }).length > 0
      ? { projectId: project.id }
      : {};
  }
  const request = scope as Json;
  if (request["project"]) {
    const ref = request["project"] as Json;
    const project =
      ref["id"] !== undefined
        ? cloud.state.projects.find((p) => p.id === ref["id"])
        : cloud.state.projects.find(
            (p) => p.name === ref["name"] && p.domain_id === domainOf(cloud, ref["domain"], "project").id,
          );
    if (!project || project.enabled === false) throw unauthorized();
    return { projectId: project.id };
  }
  if (request["domain"]) return { domainId: domainOf(cloud, request["domain"], "scope").id };
  if (request["system"]) return { system: true };
  throw badRequest("Expecting to find project, domain or system in scope.");
}

/**
 * POST /v3/auth/tokens: who the request proves to be (password, token or application
 * credential) and what it is scoped to; a 401 when the user has no role there, as Keystone.
 */
export function authenticate(cloud: Cloud, body: Json): TokenRecord {
  const auth = body?.["auth"] as Json | undefined;
  if (!auth?.["identity"]) throw badRequest("Expecting to find identity in auth.");
  const { user, methods, expiresAt, credential } = identify(cloud, auth["identity"]);
  if (credential) {
    if (auth["scope"] !== undefined) throw new ApiError(401, "Application credentials cannot request a scope.");
    const projectId = credential["project_id"] as string;
    const current = new Set(rolesOn(cloud.state, user.id, { projectId }));
    const roleIds = (credential["roles"] as Row[]).map((r) => r.id as string).filter((id) => current.has(id));
    if (roleIds.length === 0) throw unauthorized();
    return issueToken(cloud, { userId: user.id, methods, projectId, roleIds, applicationCredentialId: credential.id });
  }
  const scope = scopeOf(cloud, auth["scope"], user);
  const roleIds = Object.keys(scope).length === 0 ? [] : rolesOn(cloud.state, user.id, scope);
  if (Object.keys(scope).length > 0 && roleIds.length === 0) throw unauthorized();
  return issueToken(cloud, {
    userId: user.id,
    methods,
    roleIds,
    ...(expiresAt !== undefined && { expiresAt }),
    ...("projectId" in scope && { projectId: scope.projectId }),
    ...("domainId" in scope && { domainId: scope.domainId }),
    ...("system" in scope && { system: true }),
  });
}
