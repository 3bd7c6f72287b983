// OpenID Connect logins through Keystone federation (issue 15): keystoneauth's v3oidc* plugins.
export { OidcAccessTokenAuth, type OidcAccessTokenAuthOptions, type AccessTokenSource } from "./access-token.js";
export { OidcClientCredentialsAuth, type OidcClientCredentialsAuthOptions } from "./client-credentials.js";
export { OidcPasswordAuth, type OidcPasswordAuthOptions } from "./password.js";
export { OidcAuthCodeAuth, type OidcAuthCodeAuthOptions } from "./auth-code.js";
export {
  OidcDeviceAuthorizationAuth,
  type OidcDeviceAuthorizationAuthOptions,
  type DeviceCodePrompt,
} from "./device.js";
export {
  authorizationRequest,
  codeChallengeOf,
  type AuthorizationRequest,
  type AuthorizationRequestOptions,
} from "./pkce.js";
export type { FederationOptions, OidcClientOptions } from "./options.js";
export { federatedAuthUrl } from "./federation.js";
export { readDiscovery, type ProviderMetadata } from "./discovery.js";
export {
  FederatedLoginRefusedError,
  OidcDiscoveryError,
  OidcEndpointMissingError,
  OidcProviderRefusedError,
  OidcTokenMissingError,
} from "./errors.js";
