import { ConfigError } from "../../errors/sdk-errors.js";
import type { AuthPlugin, AuthResult, AuthTransport } from "../plugin.js";
import { federatedLogin } from "./federation.js";
import { checkFederation, type FederationOptions } from "./options.js";

/** An access token, or a function asked for a fresh one at each login (a token's renewal included). */
export type AccessTokenSource = string | (() => string | Promise<string>);

export interface OidcAccessTokenAuthOptions extends FederationOptions {
  /** The provider's access token the program already holds (`access_token`). */
  accessToken: AccessTokenSource;
}

/**
 * `v3oidcaccesstoken`: an OpenID Connect access token the program already has, exchanged for
 * Keystone's federated token, then scoped as the options say.
 */
export class OidcAccessTokenAuth implements AuthPlugin {
  readonly authUrl: string;
  readonly identityProvider: string;
  readonly protocol: string;
  #options: FederationOptions;
  #accessToken: AccessTokenSource;

  constructor(options: OidcAccessTokenAuthOptions) {
    checkFederation("v3oidcaccesstoken", options);
    const given = options.accessToken;
    if ((typeof given !== "string" || given === "") && typeof given !== "function") {
      throw new ConfigError(
        `v3oidcaccesstoken needs accessToken as a string (or a function giving one), got ${given === "" ? "an empty string" : typeof given}`,
      );
    }
    const { accessToken: _secret, ...rest } = options;
    this.authUrl = options.authUrl;
    this.identityProvider = options.identityProvider;
    this.protocol = options.protocol;
    this.#options = rest;
    this.#accessToken = given;
  }

  async authenticate(transport: AuthTransport, signal?: AbortSignal): Promise<AuthResult> {
    const token = typeof this.#accessToken === "function" ? await this.#accessToken() : this.#accessToken;
    if (typeof token !== "string" || token === "") throw new ConfigError("the accessToken function gave no token");
    return federatedLogin(this.#options, token, transport, signal);
  }
}
