import { ApplicationCredentialAuth, type ApplicationCredentialAuthOptions } from "./application-credential.js";
import type { AuthArguments } from "./auth-types.js";
import { PasswordAuth, type PasswordAuthOptions } from "./password.js";
import type { AuthPlugin } from "./plugin.js";
import { AdminTokenAuth, NoAuth } from "./static.js";
import { TokenAuth, type TokenAuthOptions } from "./token.js";

/**
 * The logins most clouds use, in every bundle that builds a Connection: they are small, and
 * their missing-argument errors stay synchronous in `new Connection()`. The others are in
 * extra-logins.ts.
 */
export const basicLogins = {
  password: (args: AuthArguments) => new PasswordAuth(args as PasswordAuthOptions),
  token: (args: AuthArguments) => new TokenAuth(args as TokenAuthOptions),
  v3applicationcredential: (args: AuthArguments) =>
    new ApplicationCredentialAuth(args as ApplicationCredentialAuthOptions),
  admin_token: (args: AuthArguments) => new AdminTokenAuth(args as { token: string }),
  none: () => new NoAuth(),
} satisfies Record<string, (args: AuthArguments) => AuthPlugin>;
