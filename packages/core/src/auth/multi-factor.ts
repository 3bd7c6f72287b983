import { ConfigError } from "../errors/sdk-errors.js";
import { ApplicationCredentialAuth, type ApplicationCredentialAuthOptions } from "./application-credential.js";
import { type FactorOptions, loginWithFactors } from "./factor-login.js";
import type { IdentityMethodSource } from "./identity-method.js";
import { PasswordAuth, type PasswordAuthOptions } from "./password.js";
import type { AuthPlugin, AuthResult, AuthTransport } from "./plugin.js";
import { scopeBody, type ScopeOptions } from "./scope.js";
import { TokenAuth, type TokenAuthOptions } from "./token.js";
import { TotpAuth, type TotpAuthOptions } from "./totp.js";

type MethodArguments = Partial<
  PasswordAuthOptions & TotpAuthOptions & TokenAuthOptions & ApplicationCredentialAuthOptions
>;

export interface MultiFactorAuthOptions
  extends ScopeOptions,
    FactorOptions,
    Omit<MethodArguments, keyof FactorOptions> {
  authUrl: string;
  /**
   * The methods to send in one request, by keystoneauth's plugin names (`v3password`,
   * `v3totp`, `v3token`, `v3applicationcredential`) or Keystone's method names (`password`,
   * `totp`, …); a list, or comma-separated as `OS_AUTH_METHODS` gives it. Each method reads
   * its own arguments from the same options (`password`, `passcode`, `username`, …).
   */
  authMethods: readonly string[] | string;
}

/** keystoneauth's plugin name of each method a multi-factor login can send, and how to build it. */
const methodPlugins: Record<string, { method: string; make: (args: MethodArguments) => IdentityMethodSource }> = {
  v3password: { method: "password", make: (args) => new PasswordAuth(args as PasswordAuthOptions) },
  v3totp: { method: "totp", make: (args) => new TotpAuth(args as TotpAuthOptions) },
  v3token: { method: "token", make: (args) => new TokenAuth(args as TokenAuthOptions) },
  v3applicationcredential: {
    method: "application_credential",
    make: (args) => new ApplicationCredentialAuth(args as ApplicationCredentialAuthOptions),
  },
};

/** The plugin entry for a keystoneauth name or a Keystone method name. */
function methodPlugin(name: string) {
  return methodPlugins[name] ?? Object.values(methodPlugins).find((entry) => entry.method === name);
}

/**
 * Several Keystone methods in one login request (`v3multifactor`): a user whose rules need
 * password and TOTP logs in at once with `authMethods: ["v3password", "v3totp"]`.
 */
export class MultiFactorAuth implements AuthPlugin {
  readonly authUrl: string;
  /** The method names, as Keystone lists them in `methods`. */
  readonly methods: readonly string[];
  #sources: IdentityMethodSource[];
  #scope: Record<string, unknown> | undefined;
  #factors: FactorOptions;

  constructor(options: MultiFactorAuthOptions) {
    if (!options.authUrl) throw new ConfigError("multifactor auth needs authUrl");
    const names =
      typeof options.authMethods === "string"
        ? options.authMethods
            .split(",")
            .map((name) => name.trim())
            .filter(Boolean)
        : Array.isArray(options.authMethods)
          ? options.authMethods
          : [];
    if (names.length === 0) throw new ConfigError("multifactor auth needs authMethods, e.g. ['v3password', 'v3totp']");
    // Each method reads its arguments from the shared options, as keystoneauth's loader gives them.
    const { receipt: _receipt, onSecondFactor: _ask, ...shared } = options;
    const entries = names.map((name) => {
      const entry = methodPlugin(name);
      if (!entry) {
        throw new ConfigError(
          `multifactor auth: unknown method '${name}' in authMethods; known: ${Object.keys(methodPlugins).join(", ")}`,
        );
      }
      return entry;
    });
    this.#sources = entries.map((entry) => entry.make(shared));
    this.methods = entries.map((entry) => entry.method);
    this.authUrl = options.authUrl;
    this.#scope = scopeBody(options);
    this.#factors = { receipt: options.receipt, onSecondFactor: options.onSecondFactor };
  }

  async authenticate(transport: AuthTransport, signal?: AbortSignal): Promise<AuthResult> {
    const methods = await Promise.all(this.#sources.map((source) => source.identityMethod()));
    return loginWithFactors(this.authUrl, transport, { methods, scope: this.#scope, ...this.#factors }, signal);
  }
}
