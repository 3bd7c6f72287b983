import { ConfigError } from "../../errors/sdk-errors.js";
import type { AuthPlugin, AuthResult, AuthTransport } from "../plugin.js";
import { grantLogin, publicPart } from "./grant-login.js";
import { checkClient, type OidcClientOptions } from "./options.js";

export interface OidcPasswordAuthOptions extends OidcClientOptions {
  /** The person's name at the provider. */
  username: string;
  password: string;
}

/**
 * `v3oidcpassword`: a person's name and password at the provider (OAuth 2.0 resource owner
 * password grant), made as the client, then Keystone's federated token for them.
 */
export class OidcPasswordAuth implements AuthPlugin {
  readonly authUrl: string;
  readonly identityProvider: string;
  readonly protocol: string;
  readonly clientId: string;
  readonly username: string;
  #options: OidcClientOptions;
  #clientSecret: string | undefined;
  #password: string;

  constructor(options: OidcPasswordAuthOptions) {
    checkClient("v3oidcpassword", options);
    if (typeof options.username !== "string" || options.username === "") {
      throw new ConfigError("v3oidcpassword needs username");
    }
    if (typeof options.password !== "string") throw new ConfigError("v3oidcpassword needs password");
    this.authUrl = options.authUrl;
    this.identityProvider = options.identityProvider;
    this.protocol = options.protocol;
    this.clientId = options.clientId;
    this.username = options.username;
    this.#options = publicPart(options);
    this.#clientSecret = options.clientSecret;
    this.#password = options.password;
  }

  authenticate(transport: AuthTransport, signal?: AbortSignal): Promise<AuthResult> {
    const options = { ...this.#options, clientSecret: this.#clientSecret };
    const grant = { grant_type: "password", username: this.username, password: this.#password };
    return grantLogin(options, grant, transport, signal);
  }
}
