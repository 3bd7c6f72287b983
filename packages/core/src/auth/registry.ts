import { canonicalAuthType, type AuthArguments, type AuthTypeName } from "./auth-types.js";
import { basicLogins } from "./basic-logins.js";
import { extraLogins } from "./extra-logins.js";
import type { AuthPlugin } from "./plugin.js";

export { authTypes, type AuthArguments } from "./auth-types.js";

/**
 * Every plugin, imported here: the synchronous registry, for code that calls createAuthPlugin
 * itself. A Connection does not import this module: it uses `@openstack-ts/core/logins`
 * (lazy-auth.ts), which loads the less common logins only when one is asked for.
 */
const factories: Record<AuthTypeName, (args: AuthArguments) => AuthPlugin> = { ...basicLogins, ...extraLogins };

/**
 * The plugin for an auth type name, as clouds.yaml spells it. With no name, the type is
 * inferred as the openstack CLI does: an application credential, else a token without a
 * password, else a password.
 */
export function createAuthPlugin(authType: string | undefined, args: AuthArguments): AuthPlugin {
  return factories[canonicalAuthType(authType, args)](args);
}
