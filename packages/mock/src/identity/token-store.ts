import type { AssignmentRecord, MockState, TokenRecord } from "../cloud/state.js";
import { randomHex } from "../engine/ids.js";
import type { Auth, Cloud, Row } from "../engine/types.js";

/** What a token is scoped to: a project, a domain, the system, or nothing. */
export type Scope = { projectId: string } | { domainId: string } | { system: true } | Record<string, never>;

/** Role ids with every role they imply (Keystone's implied roles: admin → member → reader). */
export function withImplied(state: MockState, roleIds: Iterable<string>): string[] {
  const found = new Set(roleIds);
  const queue = [...found];
  while (queue.length > 0) {
    const prior = queue.shift()!;
    for (const rule of state.roleInferences) {
      if (rule.prior_role_id === prior && !found.has(rule.implied_role_id)) {
        found.add(rule.implied_role_id);
        queue.push(rule.implied_role_id);
      }
    }
  }
  return [...found];
}

const targets = (assignment: AssignmentRecord, scope: Scope) =>
  "projectId" in scope
    ? assignment.project_id === scope.projectId
    : "domainId" in scope
      ? assignment.domain_id === scope.domainId
      : "system" in scope
        ? assignment.system === "all"
        : false;

/** The user's effective role ids on a scope: direct assignments and what they imply. */
export function rolesOn(state: MockState, userId: string, scope: Scope): string[] {
  const direct = state.roleAssignments.filter((a) => a.user_id === userId && targets(a, scope)).map((a) => a.role_id);
  return withImplied(state, direct);
}

/** Stores a new token: a random id, valid for the cloud's token lifetime unless `expiresAt` is given. */
export function issueToken(
  cloud: Cloud,
  fields: Omit<TokenRecord, "id" | "issuedAt" | "expiresAt" | "auditId"> & { expiresAt?: number },
): TokenRecord {
  const now = cloud.now();
  const record: TokenRecord = {
    ...fields,
    id: `gAAAAA${randomHex(40)}`,
    issuedAt: now,
    expiresAt: fields.expiresAt ?? now + cloud.tokenLifetime,
    auditId: randomHex(11),
  };
  cloud.state.tokens.set(record.id, record);
  return record;
}

/** Ends tokens, as Keystone's revocation events do: for a user, optionally only those on one project. */
export function revokeTokensOf(state: MockState, userId: string, projectId?: string): void {
  for (const [id, token] of state.tokens) {
    if (token.userId === userId && (projectId === undefined || token.projectId === projectId)) state.tokens.delete(id);
  }
}

/** The token's record while it is valid: not expired or revoked, its user, project and credential still there. */
export function liveToken(cloud: Cloud, id: string): { record: TokenRecord; user: Row } | undefined {
  const { state } = cloud;
  const record = state.tokens.get(id);
  if (!record || cloud.now() >= record.expiresAt) return undefined;
  const user = state.users.find((u) => u.id === record.userId);
  if (!user || user.enabled === false) return undefined;
  if (record.projectId !== undefined && !state.projects.some((p) => p.id === record.projectId && p.enabled !== false))
    return undefined;
  if (
    record.applicationCredentialId !== undefined &&
    !state.applicationCredentials.some((c) => c.id === record.applicationCredentialId)
  )
    return undefined;
  return { record, user };
}

/** Who a token speaks for, or undefined when it is not (or no longer) valid. */
export function validateToken(cloud: Cloud, id: string): Auth | undefined {
  const live = liveToken(cloud, id);
  if (!live) return undefined;
  const { record, user } = live;
  const roles = record.roleIds.flatMap((roleId) => {
    const role = cloud.state.roles.find((r) => r.id === roleId);
    return role ? [{ id: role.id as string, name: role.name as string }] : [];
  });
  return {
    token: id,
    userId: user.id,
    userName: user.name,
    domainId: user.domain_id ?? "default",
    projectId: record.projectId,
    scopeDomainId: record.domainId,
    system: record.system === true,
    roles,
    isAdmin: roles.some((role) => role.name === "admin"),
    applicationCredentialId: record.applicationCredentialId,
  };
}
