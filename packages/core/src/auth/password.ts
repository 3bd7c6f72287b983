import { ConfigError } from "../errors/sdk-errors.js";
import { type FactorOptions, loginWithFactors } from "./factor-login.js";
import type { IdentityMethod, IdentityMethodSource } from "./identity-method.js";
import type { AuthPlugin, AuthResult, AuthTransport } from "./plugin.js";
import { domainRef, scopeBody, type ScopeOptions } from "./scope.js";

export interface PasswordAuthOptions extends ScopeOptions, FactorOptions {
  authUrl: string;
  username?: string | undefined;
  userId?: string | undefined;
  password: string;
  userDomainId?: string | undefined;
  userDomainName?: string | undefined;
}

/** Keystone v3 password authentication (`password`, `v3password`). */
export class PasswordAuth implements AuthPlugin, IdentityMethodSource {
  readonly authUrl: string;
  #user: Record<string, unknown>;
  #scope: Record<string, unknown> | undefined;
  #factors: FactorOptions;

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
    this.#factors = { receipt: options.receipt, onSecondFactor: options.onSecondFactor };
  }

  identityMethod(): IdentityMethod {
    return { name: "password", body: { user: this.#user } };
  }

  /** A user with multi-factor rules gets a receipt here: see `FactorOptions`. */
  authenticate(transport: AuthTransport, signal?: AbortSignal): Promise<AuthResult> {
    const methods = [this.identityMethod()];
    return loginWithFactors(this.authUrl, transport, { methods, scope: this.#scope, ...this.#factors }, signal);
  }
}
