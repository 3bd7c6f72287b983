import { ConfigError } from "../errors/sdk-errors.js";
import { type FactorOptions, loginWithFactors } from "./factor-login.js";
import { type IdentityMethod, type IdentityMethodSource, type UserOptions, userRef } from "./identity-method.js";
import type { AuthPlugin, AuthResult, AuthTransport } from "./plugin.js";
import { scopeBody, type ScopeOptions } from "./scope.js";

/** A passcode, or a function asked for a fresh one at each login (a token's renewal included). */
export type Passcode = string | (() => string | Promise<string>);

export interface TotpAuthOptions extends ScopeOptions, UserOptions, FactorOptions {
  authUrl: string;
  /** The six digits of the user's TOTP device, as a string (a leading 0 counts). */
  passcode: Passcode;
}

/**
 * Keystone v3 TOTP authentication (`v3totp`): a time-based passcode, alone or as the
 * factor that completes a login Keystone answered with a receipt (`receipt` option).
 */
export class TotpAuth implements AuthPlugin, IdentityMethodSource {
  readonly authUrl: string;
  #user: Record<string, unknown>;
  #passcode: Passcode;
  #scope: Record<string, unknown> | undefined;
  #factors: FactorOptions;

  constructor(options: TotpAuthOptions) {
    if (!options.authUrl) throw new ConfigError("totp auth needs authUrl");
    if (!options.username && !options.userId) throw new ConfigError("totp auth needs username or userId");
    if (typeof options.passcode !== "string" && typeof options.passcode !== "function") {
      throw new ConfigError(
        `totp auth needs passcode as a string (or a function giving one), got ${options.passcode === undefined ? "none" : typeof options.passcode}: in clouds.yaml quote it, or a leading 0 is lost`,
      );
    }
    this.authUrl = options.authUrl;
    this.#user = userRef(options);
    this.#passcode = options.passcode;
    this.#scope = scopeBody(options);
    this.#factors = { receipt: options.receipt, onSecondFactor: options.onSecondFactor };
  }

  async identityMethod(): Promise<IdentityMethod> {
    const passcode = typeof this.#passcode === "function" ? await this.#passcode() : this.#passcode;
    if (typeof passcode !== "string" || passcode === "")
      throw new ConfigError("the passcode function gave no passcode");
    return { name: "totp", body: { user: { ...this.#user, passcode } } };
  }

  async authenticate(transport: AuthTransport, signal?: AbortSignal): Promise<AuthResult> {
    const methods = [await this.identityMethod()];
    return loginWithFactors(this.authUrl, transport, { methods, scope: this.#scope, ...this.#factors }, signal);
  }
}
