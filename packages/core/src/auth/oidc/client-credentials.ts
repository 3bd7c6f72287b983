import type { AuthPlugin, AuthResult, AuthTransport } from "../plugin.js";
import { grantLogin, publicPart } from "./grant-login.js";
import { checkClient, type OidcClientOptions } from "./options.js";

export type OidcClientCredentialsAuthOptions = OidcClientOptions;

/**
 * `v3oidcclientcredentials`: the client logs in as itself (OAuth 2.0 client credentials grant),
 * and Keystone maps the provider's token to a federated user.
 */
export class OidcClientCredentialsAuth implements AuthPlugin {
  readonly authUrl: string;
  readonly identityProvider: string;
  readonly protocol: string;
  readonly clientId: string;
  #options: OidcClientOptions;
  #clientSecret: string | undefined;

  constructor(options: OidcClientCredentialsAuthOptions) {
    checkClient("v3oidcclientcredentials", options);
    this.authUrl = options.authUrl;
    this.identityProvider = options.identityProvider;
    this.protocol = options.protocol;
    this.clientId = options.clientId;
    this.#options = publicPart(options);
    this.#clientSecret = options.clientSecret;
  }

  authenticate(transport: AuthTransport, signal?: AbortSignal): Promise<AuthResult> {
    const options = { ...this.#options, clientSecret: this.#clientSecret };
    return grantLogin(options, { grant_type: "client_credentials" }, transport, signal);
  }
}
