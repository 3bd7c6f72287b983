import { ConfigError } from "../../errors/sdk-errors.js";
import type { AuthPlugin, AuthResult, AuthTransport } from "../plugin.js";
import { grantLogin, publicPart } from "./grant-login.js";
import { checkClient, type OidcClientOptions } from "./options.js";

export interface OidcAuthCodeAuthOptions extends OidcClientOptions {
  /** The code the provider's redirect brought back (`code`). Single use. */
  code: string;
  /** The redirect URI the authorization request named (`redirect_uri`). */
  redirectUri: string;
  /** The PKCE verifier of that request (`authorizationRequest`'s `codeVerifier`). */
  codeVerifier?: string | undefined;
}

/**
 * `v3oidcauthcode`: the code of an authorization code login (with PKCE from a browser, see
 * `authorizationRequest`) exchanged at the token endpoint, then Keystone's federated token.
 * A code is good once: when Keystone's token expires, this plugin cannot log in again; a
 * program keeps the scoped token, or logs the person in anew.
 */
export class OidcAuthCodeAuth implements AuthPlugin {
  readonly authUrl: string;
  readonly identityProvider: string;
  readonly protocol: string;
  readonly clientId: string;
  readonly redirectUri: string;
  #options: OidcClientOptions;
  #clientSecret: string | undefined;
  #code: string;
  #codeVerifier: string | undefined;

  constructor(options: OidcAuthCodeAuthOptions) {
    checkClient("v3oidcauthcode", options);
    if (typeof options.code !== "string" || options.code === "") throw new ConfigError("v3oidcauthcode needs code");
    if (!options.redirectUri) throw new ConfigError("v3oidcauthcode needs redirectUri");
    this.authUrl = options.authUrl;
    this.identityProvider = options.identityProvider;
    this.protocol = options.protocol;
    this.clientId = options.clientId;
    this.redirectUri = options.redirectUri;
    const { code: _code, codeVerifier: _verifier, ...rest } = options;
    this.#options = publicPart(rest);
    this.#clientSecret = options.clientSecret;
    this.#code = options.code;
    this.#codeVerifier = options.codeVerifier;
  }

  authenticate(transport: AuthTransport, signal?: AbortSignal): Promise<AuthResult> {
    const options = { ...this.#options, clientSecret: this.#clientSecret };
    const grant = {
      grant_type: "authorization_code",
      code: this.#code,
      redirect_uri: this.redirectUri,
      code_verifier: this.#codeVerifier,
    };
    return grantLogin(options, grant, transport, signal);
  }
}
