import type { AuthArguments } from "./auth-types.js";
import { MultiFactorAuth, type MultiFactorAuthOptions } from "./multi-factor.js";
import { OAuth2ClientCredentialAuth, type OAuth2ClientCredentialAuthOptions } from "./oauth2-client-credential.js";
import { OidcAccessTokenAuth, type OidcAccessTokenAuthOptions } from "./oidc/access-token.js";
import { OidcAuthCodeAuth, type OidcAuthCodeAuthOptions } from "./oidc/auth-code.js";
import { OidcClientCredentialsAuth } from "./oidc/client-credentials.js";
import { OidcDeviceAuthorizationAuth, type OidcDeviceAuthorizationAuthOptions } from "./oidc/device.js";
import { OidcPasswordAuth, type OidcPasswordAuthOptions } from "./oidc/password.js";
import type { AuthPlugin } from "./plugin.js";
import { TotpAuth, type TotpAuthOptions } from "./totp.js";

/**
 * The logins a Connection loads only when one is asked for (lazy-auth.ts imports this module
 * dynamically): second factors, OAuth 2.0 and OpenID Connect, ~7 kB min+gzip together. One
 * module rather than one per login: a cloud that uses one of them pays one request, and
 * esbuild, which cannot keep these out of an app's first load (evanw/esbuild#3704), makes one
 * shared chunk instead of a dozen.
 */
export const extraLogins = {
  v3totp: (args: AuthArguments) => new TotpAuth(args as TotpAuthOptions),
  v3multifactor: (args: AuthArguments) => new MultiFactorAuth(args as MultiFactorAuthOptions),
  v3oauth2clientcredential: (args: AuthArguments) =>
    new OAuth2ClientCredentialAuth(args as OAuth2ClientCredentialAuthOptions),
  v3oidcaccesstoken: (args: AuthArguments) => new OidcAccessTokenAuth(args as OidcAccessTokenAuthOptions),
  v3oidcclientcredentials: (args: AuthArguments) => new OidcClientCredentialsAuth(args as OidcPasswordAuthOptions),
  v3oidcpassword: (args: AuthArguments) => new OidcPasswordAuth(args as OidcPasswordAuthOptions),
  v3oidcauthcode: (args: AuthArguments) => new OidcAuthCodeAuth(args as OidcAuthCodeAuthOptions),
  v3oidcdeviceauthz: (args: AuthArguments) =>
    new OidcDeviceAuthorizationAuth(args as OidcDeviceAuthorizationAuthOptions),
} satisfies Record<string, (args: AuthArguments) => AuthPlugin>;

export type ExtraLogin = keyof typeof extraLogins;
