import { OpenStackError } from "../../errors/openstack-error.js";
import type { AuthTransport } from "../plugin.js";
import { OidcDiscoveryError, OidcEndpointMissingError } from "./errors.js";

/** The members of a provider's discovery document (OpenID Connect Discovery 1.0) the logins use. */
export interface ProviderMetadata {
  issuer?: string;
  token_endpoint?: string;
  authorization_endpoint?: string;
  device_authorization_endpoint?: string;
  code_challenge_methods_supported?: string[];
  grant_types_supported?: string[];
  [member: string]: unknown;
}

/** GET the discovery document; every failure is an `OidcDiscoveryError` naming the URL. */
export async function readDiscovery(
  url: string,
  transport: AuthTransport,
  signal?: AbortSignal,
): Promise<ProviderMetadata> {
  let body: unknown;
  try {
    body = await (await transport.get(url, signal)).json();
  } catch (error) {
    if (signal?.aborted) throw error;
    const problem = error instanceof OpenStackError ? error.message : "the answer is not JSON";
    throw new OidcDiscoveryError(url, problem, { cause: error });
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new OidcDiscoveryError(
      url,
      `the document is not a JSON object (got ${Array.isArray(body) ? "an array" : typeof body})`,
    );
  }
  return body as ProviderMetadata;
}

/** One endpoint of the document, by member name; its absence says what to give instead. */
export function endpointOf(
  metadata: ProviderMetadata,
  member: keyof ProviderMetadata & string,
  url: string,
  instead: string,
): string {
  const value = metadata[member];
  if (typeof value !== "string" || value === "") throw new OidcEndpointMissingError(url, member, instead);
  return value;
}

/** The token endpoint: the one given, else the discovery document's. */
export async function tokenEndpoint(
  options: { accessTokenEndpoint?: string | undefined; discoveryEndpoint?: string | undefined },
  transport: AuthTransport,
  signal?: AbortSignal,
): Promise<string> {
  if (options.accessTokenEndpoint) return options.accessTokenEndpoint;
  const url = options.discoveryEndpoint ?? "";
  return endpointOf(await readDiscovery(url, transport, signal), "token_endpoint", url, "accessTokenEndpoint");
}
