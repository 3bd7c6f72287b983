import { canonicalAuthType, type AuthArguments, type AuthTypeName } from "./auth-types.js";
import { basicLogins } from "./basic-logins.js";
import type { AuthPlugin, AuthResult, AuthTransport } from "./plugin.js";

type Factory = (args: AuthArguments) => AuthPlugin;

/** The logins built at once: the basic ones, then any loaded since. */
const built = new Map<AuthTypeName, Factory>(Object.entries(basicLogins) as [AuthTypeName, Factory][]);

/** The others, imported together at the first use of one (extra-logins.ts). */
const loadExtraLogins = async () => (await import("./extra-logins.js")).extraLogins;

async function factoryFor(name: AuthTypeName): Promise<Factory> {
  const ready = built.get(name);
  if (ready) return ready;
  const extra = await loadExtraLogins();
  for (const [type, factory] of Object.entries(extra)) built.set(type as AuthTypeName, factory);
  return built.get(name) as Factory;
}

/**
 * Loads the code of an auth type (by any name clouds.yaml accepts), so that authPluginFor
 * then builds its plugin at once, with its argument errors thrown there. fromConfig awaits
 * it before making the Connection. An unknown name is a ConfigError listing the known ones.
 */
export async function loadAuthType(authType: string | undefined, args: AuthArguments = {}): Promise<void> {
  await factoryFor(canonicalAuthType(authType, args));
}

/**
 * The plugin for an auth type, as createAuthPlugin builds it, without importing every
 * plugin: a loaded type is built now; another is a stand-in that imports its plugin at the
 * first login and then delegates to it. An unknown name is refused here, synchronously.
 */
export function authPluginFor(authType: string | undefined, args: AuthArguments): AuthPlugin {
  const name = canonicalAuthType(authType, args);
  const factory = built.get(name);
  return factory ? factory(args) : new DeferredAuth(name, args);
}

/**
 * A login whose code is not loaded yet. Its arguments (secrets among them) stay in a private
 * field, which neither JSON.stringify nor util.inspect shows; an argument error surfaces at
 * the first login, as the same ConfigError the plugin's constructor throws.
 */
class DeferredAuth implements AuthPlugin {
  readonly authUrl: string | undefined;
  readonly authType: AuthTypeName;
  #args: AuthArguments;
  #plugin: Promise<AuthPlugin> | undefined;

  constructor(authType: AuthTypeName, args: AuthArguments) {
    this.authType = authType;
    this.authUrl = args.authUrl;
    this.#args = args;
  }

  async authenticate(transport: AuthTransport, signal?: AbortSignal): Promise<AuthResult> {
    // A failed import (a page offline for a moment) is tried again at the next login.
    this.#plugin ??= factoryFor(this.authType)
      .then((factory) => factory(this.#args))
      .catch((error: unknown) => {
        this.#plugin = undefined;
        throw error;
      });
    return (await this.#plugin).authenticate(transport, signal);
  }
}
