import { ConfigError } from "../../errors/sdk-errors.js";
import type { AuthTransport } from "../plugin.js";
import { endpointOf, readDiscovery } from "./discovery.js";
import { DEFAULT_OIDC_SCOPE } from "./options.js";

/** What `authorizationRequest` needs: the provider, the public client, where the code comes back. */
export interface AuthorizationRequestOptions {
  clientId: string;
  redirectUri: string;
  /** The provider's discovery document; or give `authorizationEndpoint`. */
  discoveryEndpoint?: string | undefined;
  authorizationEndpoint?: string | undefined;
  /** Space-separated. Default `openid profile`. */
  scope?: string | undefined;
  /** Extra parameters for the provider (`prompt`, `login_hint`, …). */
  extraParameters?: Record<string, string> | undefined;
}

/** An authorization request in flight: keep `codeVerifier` and `state` until the code comes back. */
export interface AuthorizationRequest {
  /** Where to send the person's browser. */
  url: string;
  /** The PKCE secret (RFC 7636): give it to `v3oidcauthcode` with the code. Never put it in the URL. */
  codeVerifier: string;
  /** Compare with the `state` the redirect brings back: a different one is another request's code. */
  state: string;
}

const base64url = (bytes: Uint8Array): string => {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
};
const randomPart = (size: number): string => base64url(globalThis.crypto.getRandomValues(new Uint8Array(size)));

/** The S256 challenge of a verifier: base64url(SHA-256(verifier)). Web Crypto: browsers, Node, Deno, Bun. */
export async function codeChallengeOf(codeVerifier: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(codeVerifier));
  return base64url(new Uint8Array(digest));
}

/**
 * The URL that starts an OpenID Connect authorization code login with PKCE (S256): a fresh
 * code verifier and state, the endpoint from the discovery document unless given. For a
 * browser app with no server of its own: send the person to `url`, and on the redirect give
 * `code` and `codeVerifier` to `v3oidcauthcode` (after checking `state`).
 */
export async function authorizationRequest(
  options: AuthorizationRequestOptions,
  transport?: AuthTransport,
  signal?: AbortSignal,
): Promise<AuthorizationRequest> {
  if (!options?.clientId) throw new ConfigError("authorizationRequest needs clientId");
  if (!options.redirectUri) throw new ConfigError("authorizationRequest needs redirectUri");
  let endpoint = options.authorizationEndpoint;
  if (!endpoint) {
    if (!options.discoveryEndpoint) {
      throw new ConfigError("authorizationRequest needs discoveryEndpoint or authorizationEndpoint");
    }
    const metadata = await readDiscovery(options.discoveryEndpoint, transport ?? plainTransport(), signal);
    endpoint = endpointOf(metadata, "authorization_endpoint", options.discoveryEndpoint, "authorizationEndpoint");
  }
  const codeVerifier = randomPart(48);
  const state = randomPart(16);
  const url = new URL(endpoint);
  const parameters = {
    ...options.extraParameters,
    response_type: "code",
    client_id: options.clientId,
    redirect_uri: options.redirectUri,
    scope: options.scope ?? DEFAULT_OIDC_SCOPE,
    state,
    code_challenge: await codeChallengeOf(codeVerifier),
    code_challenge_method: "S256",
  };
  for (const [key, value] of Object.entries(parameters)) url.searchParams.set(key, value);
  return { url: url.toString(), codeVerifier, state };
}

/** For a call outside a session: the runtime's fetch, errors as statuses. */
function plainTransport(): AuthTransport {
  const answer = async (response: Response) => {
    if (!response.ok) throw new ConfigError(`${response.url} returned ${response.status}`);
    return response;
  };
  return {
    get: async (url, signal) => answer(await fetch(url, { signal: signal ?? null })),
    post: async () => {
      throw new ConfigError("authorizationRequest makes no POST");
    },
  };
}
