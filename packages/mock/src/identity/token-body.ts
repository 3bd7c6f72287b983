import type { MockState, TokenRecord } from "../cloud/state.js";
import { keystoneTime } from "../engine/time.js";
import type { Row } from "../engine/types.js";
import { catalogFor } from "./catalog.js";

const domainRef = (state: MockState, id: string) => ({ id, name: state.domains.find((d) => d.id === id)?.name ?? id });

/** The `{"token": …}` body Keystone answers a token request or validation with. */
export function tokenBody(state: MockState, record: TokenRecord, options: { catalog?: boolean } = {}): Row {
  const user = state.users.find((u) => u.id === record.userId)!;
  const roles = record.roleIds.flatMap((id) => {
    const role = state.roles.find((r) => r.id === id);
    return role ? [{ id: role.id, name: role.name }] : [];
  });
  const token: Row = {
    methods: record.methods,
    user: {
      domain: domainRef(state, user.domain_id ?? "default"),
      id: user.id,
      name: user.name,
      password_expires_at: null,
    },
    audit_ids: [record.auditId],
    expires_at: keystoneTime(record.expiresAt),
    issued_at: keystoneTime(record.issuedAt),
  };
  const scoped = record.projectId !== undefined || record.domainId !== undefined || record.system === true;
  if (record.projectId !== undefined) {
    const project = state.projects.find((p) => p.id === record.projectId)!;
    token["project"] = { domain: domainRef(state, project.domain_id), id: project.id, name: project.name };
    token["is_domain"] = false;
  }
  if (record.domainId !== undefined) token["domain"] = domainRef(state, record.domainId);
  if (record.system) token["system"] = { all: true };
  if (scoped) token["roles"] = roles;
  if (record.applicationCredentialId !== undefined) {
    const credential = state.applicationCredentials.find((c) => c.id === record.applicationCredentialId);
    token["application_credential"] = {
      id: record.applicationCredentialId,
      name: credential?.name,
      restricted: credential?.unrestricted !== true,
    };
  }
  if (scoped && options.catalog !== false) token["catalog"] = catalogFor(state, record.projectId);
  return { token };
}
