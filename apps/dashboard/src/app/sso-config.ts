/**
 * Single sign-on, as the server's `/config.json` describes it (`pnpm start -- --sso-auth-url …`).
 * Nothing here is a secret: the public client has none, and WebSSO needs none in the page.
 */
export interface SsoConfig {
  /**
   * Keystone behind the federation front (Apache with mod_auth_openidc): where WebSSO starts
   * and where a provider's access token becomes Keystone's token (`http://127.0.0.1:5080/v3`).
   */
  federationAuthUrl: string;
  /** Keystone's identity provider (`loopback-oidc`) and federation protocol (`openid`). */
  identityProvider: string;
  protocol: string;
  /**
   * For the login with PKCE in the page (no server help): the provider's discovery document
   * and the public client registered with the dashboard's `/oidc/callback` as redirect URI.
   * Without both, only WebSSO is offered.
   */
  discoveryEndpoint?: string | undefined;
  clientId?: string | undefined;
}

/** Where Keystone posts the WebSSO token: this, on the dashboard's origin, is Keystone's trusted_dashboard. */
export const WEBSSO_PATH = "/websso";
/** Where the provider sends the person back with a PKCE login's code. */
export const PKCE_CALLBACK_PATH = "/oidc/callback";
/** The id of the script element (a JSON string) in which the server hands the page Keystone's WebSSO token. */
export const WEBSSO_TOKEN_ELEMENT = "websso-token";
