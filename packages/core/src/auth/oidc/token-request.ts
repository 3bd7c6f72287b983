import { requestIdOf } from "../../http/error-body.js";
import { redactUrl } from "../../log/logger.js";
import type { AuthTransport } from "../plugin.js";
import { OidcProviderRefusedError, OidcTokenMissingError } from "./errors.js";

/** The client a token request is made as. Without a secret, a public client: its id goes in the form. */
export interface TokenClient {
  clientId: string;
  clientSecret?: string | undefined;
}

/** What the provider answered a token request with. Every member but the metadata is a secret. */
export interface ProviderTokens {
  access_token?: string;
  id_token?: string;
  refresh_token?: string;
  token_type?: string;
  expires_in?: number;
  scope?: string;
}

/** `Basic base64(id:secret)`, each part form-encoded first as RFC 6749 §2.3.1 asks. */
function basicAuthorization(client: TokenClient): string {
  const pair = `${encodeURIComponent(client.clientId)}:${encodeURIComponent(client.clientSecret ?? "")}`;
  let binary = "";
  for (const byte of new TextEncoder().encode(pair)) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

/**
 * POST a grant to the token endpoint (client_secret_basic for a confidential client, as
 * keystoneauth does) and read the provider's answer; a refusal is `OidcProviderRefusedError`.
 */
export async function requestTokens(
  endpoint: string,
  grant: Record<string, string | undefined>,
  client: TokenClient,
  transport: AuthTransport,
  signal?: AbortSignal,
  /** What the refusal calls the request; the grant type unless said. */
  what: string = grant["grant_type"] ?? "token",
): Promise<ProviderTokens> {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(grant)) if (value !== undefined) form.set(key, value);
  const headers: Record<string, string> = { Accept: "application/json" };
  if (client.clientSecret !== undefined) headers["Authorization"] = basicAuthorization(client);
  else form.set("client_id", client.clientId);
  const response = await transport.post(endpoint, undefined, signal, { form, headers, clientErrorsAsResponse: true });
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.status >= 400) {
    const text = (value: unknown) => (typeof value === "string" ? value : undefined);
    throw new OidcProviderRefusedError(
      { status: response.status, method: "POST", url: redactUrl(endpoint), requestId: requestIdOf(response.headers) },
      { error: text(body["error"]), errorDescription: text(body["error_description"]) },
      what,
      client.clientId,
    );
  }
  return body as ProviderTokens;
}

/** The token Keystone is to get out of the provider's answer: `access_token` or `id_token`. */
export function tokenFor(tokens: ProviderTokens, tokenType: string, endpoint: string): string {
  const value = (tokens as Record<string, unknown>)[tokenType];
  if (typeof value !== "string" || value === "") {
    throw new OidcTokenMissingError(redactUrl(endpoint), tokenType, Object.keys(tokens));
  }
  return value;
}
