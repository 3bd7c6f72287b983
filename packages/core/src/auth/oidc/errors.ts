import { HttpError, type HttpErrorInit, UnauthorizedError } from "../../errors/http-error.js";
import { OpenStackError } from "../../errors/openstack-error.js";

/**
 * The OpenID Connect provider refused a grant: its answer's `error` (`invalid_grant`,
 * `invalid_client`, `unauthorized_client`, …) and `error_description`, with the grant and
 * client that were asked for. Never the secret that was sent.
 */
export class OidcProviderRefusedError extends HttpError {
  override name = "OidcProviderRefusedError";
  /** The OAuth 2.0 error code, when the provider gave one. */
  readonly error: string | undefined;
  readonly errorDescription: string | undefined;
  readonly grantType: string;
  readonly clientId: string | undefined;

  constructor(
    init: HttpErrorInit,
    refusal: { error?: string | undefined; errorDescription?: string | undefined },
    grantType: string,
    clientId: string | undefined,
  ) {
    super(init);
    this.error = refusal.error;
    this.errorDescription = refusal.errorDescription;
    this.grantType = grantType;
    this.clientId = clientId;
    const said = refusal.error
      ? `${refusal.error}${refusal.errorDescription ? ` (${refusal.errorDescription})` : ""}`
      : "no OAuth 2.0 error in its answer";
    const hint =
      refusal.error === "invalid_client"
        ? ": the client id or secret is wrong"
        : refusal.error === "invalid_grant"
          ? ": the user's name or password (or the code) is wrong"
          : refusal.error === "unauthorized_client" || refusal.error === "unsupported_grant_type"
            ? ": this client may not use this grant"
            : "";
    this.message = `The OpenID Connect provider refused the ${grantType} grant of client '${clientId ?? "?"}' with ${init.status}: ${said}${hint}. ${init.method} ${init.url}`;
  }

  override toJSON(): Record<string, unknown> {
    const { error, errorDescription, grantType, clientId } = this;
    return { ...super.toJSON(), error, errorDescription, grantType, clientId };
  }
}

/** The provider's discovery document could not be read: not there, not JSON, or not an object. */
export class OidcDiscoveryError extends OpenStackError {
  override name = "OidcDiscoveryError";
  readonly discoveryEndpoint: string;

  constructor(discoveryEndpoint: string, problem: string, options?: { cause?: unknown }) {
    super(`Could not read the OpenID Connect discovery document at ${discoveryEndpoint}: ${problem}`, options);
    this.discoveryEndpoint = discoveryEndpoint;
  }
}

/** The discovery document names no endpoint for what the login needs (a token endpoint, say). */
export class OidcEndpointMissingError extends OpenStackError {
  override name = "OidcEndpointMissingError";
  readonly discoveryEndpoint: string;
  /** The metadata member that is missing: `token_endpoint`, `device_authorization_endpoint`, … */
  readonly member: string;

  constructor(discoveryEndpoint: string, member: string, instead: string) {
    super(`The OpenID Connect discovery document at ${discoveryEndpoint} names no ${member}; give ${instead}`);
    this.discoveryEndpoint = discoveryEndpoint;
    this.member = member;
  }
}

/** The provider's token answer lacks the token Keystone is to get. */
export class OidcTokenMissingError extends OpenStackError {
  override name = "OidcTokenMissingError";

  constructor(url: string, tokenType: string, present: readonly string[]) {
    super(
      `The OpenID Connect provider's answer at ${url} holds no ${tokenType} (it holds: ${present.join(", ") || "nothing"}); set accessTokenType to a token it gives`,
    );
  }
}

/**
 * Keystone's federation front refused the provider's token for the identity provider and
 * protocol: the token expired or was revoked, comes from another provider than the identity
 * provider's remote id, or the mapping gives it no user.
 */
export class FederatedLoginRefusedError extends UnauthorizedError {
  override name = "FederatedLoginRefusedError";
  readonly identityProvider: string;
  readonly protocol: string;

  constructor(init: HttpErrorInit, identityProvider: string, protocol: string) {
    super(init);
    this.identityProvider = identityProvider;
    this.protocol = protocol;
    this.message =
      `Keystone refused the federated login through identity provider '${identityProvider}', protocol '${protocol}': ` +
      `the provider's token is expired, revoked or another provider's, or the mapping gives it no user. ` +
      `${init.method} ${init.url} returned ${init.status}${init.requestId ? ` (request ${init.requestId})` : ""}` +
      `${init.serverMessage ? `: ${init.serverMessage}` : ""}`;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), identityProvider: this.identityProvider, protocol: this.protocol };
  }
}
