import { requestIdOf, serverMessageOf } from "../../http/error-body.js";
import { joinUrl } from "../../http/path.js";
import { redactUrl } from "../../log/logger.js";
import type { AuthResult, AuthTransport } from "../plugin.js";
import { scopeBody } from "../scope.js";
import { identityV3Url, issueToken, tokenResultOf } from "../v3-tokens.js";
import { FederatedLoginRefusedError } from "./errors.js";
import type { FederationOptions } from "./options.js";

/** Keystone's federated login path for an identity provider and protocol, under its v3 endpoint. */
export function federatedAuthUrl(v3: string, identityProvider: string, protocol: string): string {
  const idp = encodeURIComponent(identityProvider);
  return joinUrl(v3, `OS-FEDERATION/identity_providers/${idp}/protocols/${encodeURIComponent(protocol)}/auth`);
}

/**
 * The provider's token for Keystone's unscoped federated token (the front before Keystone
 * checks the bearer token and passes its claims on), then, when the options name a project,
 * domain, system or trust, that token exchanged for one scoped there, as keystoneauth does.
 */
export async function federatedLogin(
  options: FederationOptions,
  providerToken: string,
  transport: AuthTransport,
  signal?: AbortSignal,
): Promise<AuthResult> {
  const v3 = await identityV3Url(options.authUrl, transport, signal);
  const url = federatedAuthUrl(v3, options.identityProvider, options.protocol);
  const response = await transport.post(url, undefined, signal, {
    headers: { Authorization: `Bearer ${providerToken}` },
    unauthorizedAsResponse: true,
  });
  if (response.status === 401) {
    const body = await response.text().catch(() => "");
    const init = {
      status: 401,
      method: "POST",
      url: redactUrl(url),
      requestId: requestIdOf(response.headers),
      serverMessage: serverMessageOf(body),
    };
    throw new FederatedLoginRefusedError(init, options.identityProvider, options.protocol);
  }
  const unscoped = await tokenResultOf(response);
  const scope = scopeBody(options);
  if (!scope || !unscoped.token) return unscoped;
  const identity = { methods: ["token"], token: { id: unscoped.token } };
  return issueToken(options.authUrl, transport, { identity, scope }, signal);
}
