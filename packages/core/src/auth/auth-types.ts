import { ConfigError } from "../errors/sdk-errors.js";
import type { ApplicationCredentialAuthOptions } from "./application-credential.js";
import type { MultiFactorAuthOptions } from "./multi-factor.js";
import type { OAuth2ClientCredentialAuthOptions } from "./oauth2-client-credential.js";
import type { OidcAccessTokenAuthOptions } from "./oidc/access-token.js";
import type { OidcAuthCodeAuthOptions } from "./oidc/auth-code.js";
import type { OidcDeviceAuthorizationAuthOptions } from "./oidc/device.js";
import type { OidcPasswordAuthOptions } from "./oidc/password.js";
import type { PasswordAuthOptions } from "./password.js";
import type { TokenAuthOptions } from "./token.js";
import type { TotpAuthOptions } from "./totp.js";

/** Every auth argument any built-in plugin reads, camelCased from the clouds.yaml keys. */
export type AuthArguments = Partial<
  PasswordAuthOptions &
    TokenAuthOptions &
    ApplicationCredentialAuthOptions &
    TotpAuthOptions &
    MultiFactorAuthOptions &
    OAuth2ClientCredentialAuthOptions &
    OidcAccessTokenAuthOptions &
    OidcPasswordAuthOptions &
    OidcAuthCodeAuthOptions &
    OidcDeviceAuthorizationAuthOptions
>;

/**
 * The auth types this SDK builds, by their canonical names. Only names live here, so that
 * knowing a name (and refusing an unknown one) costs no plugin's code: see lazy-auth.ts.
 */
export const AUTH_TYPES = [
  "password",
  "token",
  "v3applicationcredential",
  "v3totp",
  "v3multifactor",
  "v3oauth2clientcredential",
  "v3oidcaccesstoken",
  "v3oidcclientcredentials",
  "v3oidcpassword",
  "v3oidcauthcode",
  "v3oidcdeviceauthz",
  "admin_token",
  "none",
] as const;

export type AuthTypeName = (typeof AUTH_TYPES)[number];

// The names clouds.yaml and keystoneauth accept for the same plugins.
const aliases: Record<string, AuthTypeName> = {
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
  return [...AUTH_TYPES, ...Object.keys(aliases)];
}

/**
 * The canonical name for an auth type as clouds.yaml spells it. With no name, the type is
 * inferred as the openstack CLI does: an application credential, else a token without a
 * password, else a password. An unknown name is a ConfigError listing the known ones.
 */
export function canonicalAuthType(authType: string | undefined, args: AuthArguments): AuthTypeName {
  const name = authType ?? inferAuthType(args);
  const canonical = Object.hasOwn(aliases, name) ? aliases[name] : name;
  if (!(AUTH_TYPES as readonly string[]).includes(canonical as string))
    throw new ConfigError(`Unknown auth type '${name}'; known: ${authTypes().join(", ")}`);
  return canonical as AuthTypeName;
}

function inferAuthType(args: AuthArguments): string {
  if (args.applicationCredentialId || args.applicationCredentialName) return "v3applicationcredential";
  if (args.token && args.password === undefined) return "token";
  return "password";
}
