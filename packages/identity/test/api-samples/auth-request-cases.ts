// Keystone's auth request samples, and the plugin (from core) that must send each one:
// the plugin is built from the sample's own values, so what it posts must be the sample.
import {
  ApplicationCredentialAuth,
  type AuthPlugin,
  PasswordAuth,
  type PasswordAuthOptions,
  type ScopeOptions,
  TokenAuth,
} from "@openstack-ts/core";
import type { Body } from "./sample-cases.js";

export interface AuthRequestCase {
  file: string;
  plugin: (request: Body) => AuthPlugin;
  /** What the plugin sends where it cannot send the sample, and `differs` says why. */
  sent?: (request: Body) => unknown;
  differs?: string;
}

const authUrl = "http://keystone.test/v3";
const A = "v3/samples/admin/";
const R = "v3/samples/auth/requests/";

/** The scope options that name the sample's `scope`. */
function scopeOf(body: Body): ScopeOptions {
  const scope = body.auth.scope;
  if (scope?.project?.id) return { projectId: scope.project.id };
  if (scope?.project) return { projectName: scope.project.name, projectDomainId: scope.project.domain.id };
  if (scope?.domain) return { domainId: scope.domain.id, domainName: scope.domain.name };
  if (scope?.system) return { systemScope: Object.keys(scope.system)[0] };
  if (scope?.["OS-TRUST:trust"]) return { trustId: scope["OS-TRUST:trust"].id };
  return {};
}

const password = (body: Body) => {
  const user = body.auth.identity.password.user;
  const who: Partial<PasswordAuthOptions> = user.id
    ? { userId: user.id }
    : { username: user.name, userDomainId: user.domain.id, userDomainName: user.domain.name };
  return new PasswordAuth({ authUrl, password: user.password, ...who, ...scopeOf(body) });
};

const token = (body: Body) => new TokenAuth({ authUrl, token: body.auth.identity.token.id, ...scopeOf(body) });

const explicitUnscoped =
  'the SDK has no option for `"scope": "unscoped"` (a token that ignores the user\'s default project): ' +
  "without a scope it sends none, as keystoneauth does";

export const authRequestCases: AuthRequestCase[] = [
  ...["domain-id", "domain-name", "project-id", "project-name", "system"].flatMap((scope) => [
    { file: `${R}${scope}-password.json`, plugin: password },
    { file: `${R}${scope}-token.json`, plugin: token },
  ]),
  { file: `${A}auth-password-unscoped-request.json`, plugin: password },
  { file: `${A}auth-password-unscoped-request-with-domain.json`, plugin: password },
  { file: `${A}auth-password-system-scoped-request-with-domain.json`, plugin: password },
  {
    file: `${A}auth-password-explicit-unscoped-request.json`,
    plugin: password,
    sent: (body) => ({ auth: { identity: body.auth.identity } }),
    differs: explicitUnscoped,
  },
  { file: `${A}auth-token-unscoped-request.json`, plugin: token },
  { file: `${A}auth-token-scoped-request.json`, plugin: token },
  {
    file: `${A}auth-token-explicit-unscoped-request.json`,
    plugin: token,
    sent: (body) => ({ auth: { identity: body.auth.identity } }),
    differs: explicitUnscoped,
  },
  { file: "v3-ext/samples/OS-TRUST/trust-auth-request.json", plugin: token },
  {
    file: `${A}auth-application-credential-id-request.json`,
    plugin: (body) => {
      const { id, secret } = body.auth.identity.application_credential;
      return new ApplicationCredentialAuth({
        authUrl,
        applicationCredentialId: id,
        applicationCredentialSecret: secret,
      });
    },
  },
  {
    file: `${A}auth-application-credential-name-request.json`,
    plugin: (body) => {
      const { name, secret, user } = body.auth.identity.application_credential;
      return new ApplicationCredentialAuth({
        authUrl,
        applicationCredentialName: name,
        applicationCredentialSecret: secret,
        userId: user.id,
      });
    },
  },
];
