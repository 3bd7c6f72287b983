import { ConfigError } from "../errors/sdk-errors.js";
import type { IdentityMethod, IdentityMethodSource } from "./identity-method.js";
import type { AuthPlugin, AuthResult, AuthTransport } from "./plugin.js";
import { scopeBody, type ScopeOptions } from "./scope.js";
import { issueToken } from "./v3-tokens.js";

export interface TokenAuthOptions extends ScopeOptions {
  authUrl: string;
  token: string;
}

/** Exchanges an existing token for a new (possibly re-scoped) one (`token`, `v3token`). */
export class TokenAuth implements AuthPlugin, IdentityMethodSource {
  readonly authUrl: string;
  #token: string;
  #scope: Record<string, unknown> | undefined;

  constructor(options: TokenAuthOptions) {
    if (!options.authUrl) throw new ConfigError("token auth needs authUrl");
    if (!options.token) throw new ConfigError("token auth needs token");
    this.authUrl = options.authUrl;
    this.#token = options.token;
    this.#scope = scopeBody(options);
  }

  identityMethod(): IdentityMethod {
    return { name: "token", body: { id: this.#token } };
  }

  authenticate(transport: AuthTransport, signal?: AbortSignal): Promise<AuthResult> {
    const identity = { methods: ["token"], token: this.identityMethod().body };
    return issueToken(this.authUrl, transport, { identity, ...(this.#scope && { scope: this.#scope }) }, signal);
  }
}
