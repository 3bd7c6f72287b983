import { ConfigError } from "../errors/sdk-errors.js";
import { ApplicationCredentialAuth, type ApplicationCredentialAuthOptions } from "./application-credential.js";
import { PasswordAuth, type PasswordAuthOptions } from "./password.js";
import type { AuthPlugin } from "./plugin.js";
import { MultiFactorAuth, type MultiFactorAuthOptions } from "./multi-factor.js";
import { AdminTokenAuth, NoAuth } from "./static.js";
import { TokenAuth, type TokenAuthOptions } from "./token.js";
import { TotpAuth, type TotpAuthOptions } from "./totp.js";

/** Every auth argument any built-in plugin reads, camelCased from the clouds.yaml keys. */
export type AuthArguments = Partial<
  PasswordAuthOptions & TokenAuthOptions & ApplicationCredentialAuthOptions & TotpAuthOptions & MultiFactorAuthOptions
>;

type Factory = (args: AuthArguments) => AuthPlugin;

const factories: Record<string, Factory> = {
  password: (args) => new PasswordAuth(args as PasswordAuthOptions),
  token: (args) => new TokenAuth(args as TokenAuthOptions),
  v3applicationcredential: (args) => new ApplicationCredentialAuth(args as ApplicationCredentialAuthOptions),
  v3totp: (args) => new TotpAuth(args as TotpAuthOptions),
  v3multifactor: (args) => new MultiFactorAuth(args as MultiFactorAuthOptions),
  admin_token: (args) => new AdminTokenAuth(args as { token: string }),
  none: () => new NoAuth(),
};
// The names clouds.yaml and keystoneauth accept for the same plugins.
const aliases: Record<string, string> = {
  v3password: "password",
  v3token: "token",
  applicationcredential: "v3applicationcredential",
  application_credential: "v3applicationcredential",
  v3applicationcredentials: "v3applicationcredential",
  token_endpoint: "admin_token",
  noauth: "none",
};

/** Every auth type name this SDK understands. */
export function authTypes(): string[] {
  return [...Object.keys(factories), ...Object.keys(aliases)];
}

/**
 * The plugin for an auth type name, as clouds.yaml spells it. With no name, the type is
 * inferred as the openstack CLI does: an application credential, else a token without a
 * password, else a password.
 */
export function createAuthPlugin(authType: string | undefined, args: AuthArguments): AuthPlugin {
  const name = authType ?? inferAuthType(args);
  const factory = factories[aliases[name] ?? name];
  if (!factory) throw new ConfigError(`Unknown auth type '${name}'; known: ${authTypes().join(", ")}`);
  return factory(args);
}

function inferAuthType(args: AuthArguments): string {
  if (args.applicationCredentialId || args.applicationCredentialName) return "v3applicationcredential";
  if (args.token && args.password === undefined) return "token";
  return "password";
}
