import { ConfigError } from "../../errors/sdk-errors.js";
import type { ScopeOptions } from "../scope.js";

/** Where Keystone takes a federated login: keystoneauth's federation arguments, camelCased. */
export interface FederationOptions extends ScopeOptions {
  /** Keystone's identity endpoint, as the WebSSO/federation front (Apache, mod_auth_openidc) serves it. */
  authUrl: string;
  /** The identity provider's id in Keystone (`identity_provider`). */
  identityProvider: string;
  /** The federation protocol's id in Keystone (`protocol`), `openid` by convention. */
  protocol: string;
}

/** The OpenID Connect client a grant is made as: keystoneauth's `v3oidc*` arguments, camelCased. */
export interface OidcClientOptions extends FederationOptions {
  clientId: string;
  /** Absent for a public client: then `clientId` is sent in the form. */
  clientSecret?: string | undefined;
  /** The scopes asked for (clouds.yaml `openid_scope`), space-separated. Default `openid profile`. */
  scope?: string | undefined;
  /** The provider's discovery document (`…/.well-known/openid-configuration`). */
  discoveryEndpoint?: string | undefined;
  /** The provider's token endpoint; wins over the discovery document's. */
  accessTokenEndpoint?: string | undefined;
  /** Which token of the provider's answer Keystone gets: `access_token` (default) or `id_token`. */
  accessTokenType?: string | undefined;
}

export const DEFAULT_OIDC_SCOPE = "openid profile";
const TOKEN_TYPES = ["access_token", "id_token"];

/** Refuses, by name, a federation option that is missing: `what` names the login (`v3oidcpassword`). */
export function checkFederation(what: string, options: FederationOptions): void {
  if (!options || typeof options !== "object") throw new ConfigError(`${what} needs its options`);
  const missing = (["authUrl", "identityProvider", "protocol"] as const).filter(
    (key) => typeof options[key] !== "string" || options[key] === "",
  );
  if (missing.length > 0) throw new ConfigError(`${what} needs ${missing.join(", ")}`);
}

/** Refuses what a grant at the provider cannot be made without. */
export function checkClient(what: string, options: OidcClientOptions): void {
  checkFederation(what, options);
  if (typeof options.clientId !== "string" || options.clientId === "") throw new ConfigError(`${what} needs clientId`);
  if (!options.discoveryEndpoint && !options.accessTokenEndpoint) {
    throw new ConfigError(
      `${what} needs discoveryEndpoint (the provider's /.well-known/openid-configuration) or accessTokenEndpoint`,
    );
  }
  const type = options.accessTokenType;
  if (type !== undefined && !TOKEN_TYPES.includes(type)) {
    throw new ConfigError(`${what}: accessTokenType must be ${TOKEN_TYPES.join(" or ")}, got '${type}'`);
  }
}
