import { ConfigError } from "../errors/sdk-errors.js";
import type { AuthPlugin, AuthResult, AuthTransport } from "./plugin.js";
import { domainRef, scopeBody, type ScopeOptions } from "./scope.js";
import { issueToken } from "./v3-tokens.js";

export interface PasswordAuthOptions extends ScopeOptions {
  authUrl: string;
  username?: string | undefined;
  userId?: string | undefined;
  password: string;
  userDomainId?: string | undefined;
  userDomainName?: string | undefined;
}

/** Keystone v3 password authentication (`password`, `v3password`). */
export class PasswordAuth implements AuthPlugin {
  readonly authUrl: string;
  #user: Record<string, unknown>;
  #scope: Record<string, unknown> | undefined;

  constructor(options: PasswordAuthOptions) {
    if (!options.authUrl) throw new ConfigError("password auth needs authUrl");
    if (!options.username && !options.userId) throw new ConfigError("password auth needs username or userId");
    if (typeof options.password !== "string") throw new ConfigError("password auth needs password");
    this.authUrl = options.authUrl;
    const user: Record<string, unknown> = options.userId
      ? { id: options.userId }
      : {
          name: options.username,
          domain: domainRef(options.userDomainId, options.userDomainName, options.defaultDomainId ?? "default"),
        };
    user["password"] = options.password;
    this.#user = user;
    this.#scope = scopeBody(options);
  }

  authenticate(transport: AuthTransport, signal?: AbortSignal): Promise<AuthResult> {
    const identity = { methods: ["password"], password: { user: this.#user } };
    return issueToken(this.authUrl, transport, { identity, ...(this.#scope && { scope: this.#scope }) }, signal);
  }
}
