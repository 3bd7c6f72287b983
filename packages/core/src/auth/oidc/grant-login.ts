import type { AuthResult, AuthTransport } from "../plugin.js";
import { tokenEndpoint } from "./discovery.js";
import { federatedLogin } from "./federation.js";
import { DEFAULT_OIDC_SCOPE, type OidcClientOptions } from "./options.js";
import { requestTokens, tokenFor } from "./token-request.js";

/**
 * A login whose provider token comes from a grant at the token endpoint: the endpoint (given,
 * or from the discovery document), the grant, then Keystone's federated token, scoped.
 */
export async function grantLogin(
  options: OidcClientOptions,
  grant: Record<string, string | undefined>,
  transport: AuthTransport,
  signal?: AbortSignal,
): Promise<AuthResult> {
  const endpoint = await tokenEndpoint(options, transport, signal);
  const client = { clientId: options.clientId, clientSecret: options.clientSecret };
  const tokens = await requestTokens(
    endpoint,
    { ...grant, scope: options.scope ?? DEFAULT_OIDC_SCOPE },
    client,
    transport,
    signal,
  );
  const providerToken = tokenFor(tokens, options.accessTokenType ?? "access_token", endpoint);
  return federatedLogin(options, providerToken, transport, signal);
}

/** The options a plugin keeps, without the secrets it keeps apart. */
export function publicPart(options: OidcClientOptions & { password?: unknown }): OidcClientOptions {
  const { clientSecret: _secret, password: _password, ...rest } = options;
  return rest;
}
