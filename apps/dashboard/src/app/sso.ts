// Single sign-on in the page: WebSSO through Keystone (the server takes the token Keystone
// posts back, see src/server/sso-callback.ts) and the authorization code login with PKCE,
// which needs no server: the page exchanges the code at the provider, then Keystone's
// federation front turns the provider's token into Keystone's. Both end in an unscoped
// Keystone token, with which the person chooses a project (`GET /v3/auth/projects`).
import { authorizationRequest, Connection, OidcAuthCodeAuth, webSsoUrl } from "@openstack-ts/openstack";
import { type Account, logIn } from "./account.js";
import type { DashboardConfig } from "./config.js";
import { PKCE_CALLBACK_PATH, type SsoConfig, WEBSSO_PATH, WEBSSO_TOKEN_ELEMENT } from "./sso-config.js";

/**
 * The PKCE verifier and state, for the one navigation to the provider and back: sessionStorage
 * is the only place a page keeps something across it. Removed as soon as the page is back.
 */
const PKCE_KEY = "openstack-ts.pkce";
const SCOPE = "openid profile";

/** Why the page that came back from a single sign-on could not log in. Names no code or token. */
export class SsoReturnError extends Error {
  override name = "SsoReturnError";
}

/** Whether the login with PKCE can be offered: it needs the provider and its public client. */
export const pkceOffered = (sso: SsoConfig): boolean => Boolean(sso.discoveryEndpoint && sso.clientId);

/** Sends the browser to Keystone's WebSSO page for the identity provider; it comes back to /websso. */
export function startWebSso(sso: SsoConfig): void {
  const origin = new URL(WEBSSO_PATH, location.origin).toString();
  location.assign(
    webSsoUrl({
      authUrl: sso.federationAuthUrl,
      protocol: sso.protocol,
      identityProvider: sso.identityProvider,
      origin,
    }),
  );
}

/** Sends the browser to the provider's login page with a fresh PKCE challenge; it comes back to /oidc/callback. */
export async function startPkce(sso: SsoConfig): Promise<void> {
  if (!pkceOffered(sso)) throw new SsoReturnError("the login with PKCE needs the provider and its public client");
  const request = await authorizationRequest({
    clientId: sso.clientId!,
    redirectUri: new URL(PKCE_CALLBACK_PATH, location.origin).toString(),
    discoveryEndpoint: sso.discoveryEndpoint,
    scope: SCOPE,
  });
  sessionStorage.setItem(PKCE_KEY, JSON.stringify({ state: request.state, codeVerifier: request.codeVerifier }));
  location.assign(request.url);
}

/**
 * When this page is where a single sign-on came back to, logs in with what it brought
 * (Keystone's token, or the provider's code) and resolves to the account; otherwise to
 * undefined. Either way the address bar is set back to the root, so neither a reload nor
 * the history holds the code.
 */
export async function finishSso(config: DashboardConfig, fetch: typeof globalThis.fetch): Promise<Account | undefined> {
  const element = document.getElementById(WEBSSO_TOKEN_ELEMENT);
  if (element) {
    const token = JSON.parse(element.textContent ?? '""') as unknown;
    element.remove();
    history.replaceState(null, "", "/");
    if (typeof token !== "string" || token === "") throw new SsoReturnError("Keystone's WebSSO page posted no token");
    return logIn(config.authUrl, { method: "token", token }, fetch);
  }
  if (location.pathname !== PKCE_CALLBACK_PATH || !config.sso) return undefined;
  const answer = new URLSearchParams(location.search);
  history.replaceState(null, "", "/");
  const saved = sessionStorage.getItem(PKCE_KEY);
  sessionStorage.removeItem(PKCE_KEY);
  const refusal = answer.get("error");
  if (refusal) {
    const description = answer.get("error_description");
    throw new SsoReturnError(
      `the identity provider refused the login: ${refusal}${description ? ` (${description})` : ""}`,
    );
  }
  const code = answer.get("code");
  if (!code) throw new SsoReturnError("the identity provider sent the browser back without a code");
  if (!saved)
    throw new SsoReturnError("no login with PKCE was started in this tab (its verifier is gone): start again");
  const started = JSON.parse(saved) as { state?: string; codeVerifier?: string };
  if (!started.codeVerifier || answer.get("state") !== started.state)
    throw new SsoReturnError(
      "the identity provider's answer belongs to another login (its state differs): start again",
    );
  const sso = config.sso;
  const federated = new Connection({
    authenticator: new OidcAuthCodeAuth({
      authUrl: sso.federationAuthUrl,
      identityProvider: sso.identityProvider,
      protocol: sso.protocol,
      clientId: sso.clientId!,
      discoveryEndpoint: sso.discoveryEndpoint,
      scope: SCOPE,
      redirectUri: new URL(PKCE_CALLBACK_PATH, location.origin).toString(),
      code,
      codeVerifier: started.codeVerifier,
    }),
    fetch,
  });
  return logIn(config.authUrl, { method: "token", token: await federated.authorize() }, fetch);
}
