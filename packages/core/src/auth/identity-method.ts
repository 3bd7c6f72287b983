import { domainRef } from "./scope.js";

/**
 * One member of a v3 login's `identity`: the name Keystone lists in `methods` and the body
 * under that name. A multi-factor login sends several in one request.
 */
export interface IdentityMethod {
  readonly name: string;
  readonly body: Record<string, unknown>;
}

/**
 * A plugin whose method can be one factor of a multi-factor login (`v3multifactor`). The
 * method's body holds the secret: a plugin returns it only on request, never as a field.
 */
export interface IdentityMethodSource {
  identityMethod(): IdentityMethod | Promise<IdentityMethod>;
}

/** How a user is named in a login: by id, or by name within a domain. */
export interface UserOptions {
  userId?: string | undefined;
  username?: string | undefined;
  userDomainId?: string | undefined;
  userDomainName?: string | undefined;
  defaultDomainId?: string | undefined;
}

/** `{id}`, or `{name, domain}` with the default domain `default` as the password plugin assumes. */
export function userRef(options: UserOptions): Record<string, unknown> {
  if (options.userId) return { id: options.userId };
  return {
    name: options.username,
    domain: domainRef(options.userDomainId, options.userDomainName, options.defaultDomainId ?? "default"),
  };
}
