import { defineResource, ResourceTimeoutError, type RefOf, type WaitForDeleteOptions } from "@openstack-ts/core";
import { withVerbs } from "../custom-verbs.js";
import { identityService } from "../descriptor.js";
import { checkToken, revokeToken, validateToken } from "./token-calls.js";
import { Token } from "./token.js";

const declared = defineResource({
  service: identityService,
  path: "auth/tokens",
  singular: "Token",
  plural: "Tokens",
  key: "token",
  schema: Token,
  verbs: ["get", "delete"],
  actions: {
    /** Whether a token is valid (HEAD: 200 → true, 404 → false). Keystone's HEAD has no body to repeat the token in. */
    checkToken: {
      method: "HEAD",
      path: "auth/tokens",
      headers: ({ token }: { token: string }) => ({ "X-Subject-Token": token }),
      returns: "exists",
    },
  },
});

/** The token a reference names: the token itself (a string), as Keystone has no token ids. */
const tokenOf = (ref: RefOf<typeof declared>): string => (typeof ref === "string" ? ref : ref.id);

/**
 * Keystone's tokens, named by the token itself in `X-Subject-Token`, never in the URL:
 * `getToken(token)` validates one and returns what Keystone knows of it, `deleteToken(token)`
 * revokes it, `checkToken({ token })` answers whether it is valid. The same calls without the
 * façade are `validateToken`, `revokeToken` and `checkToken` of this package. Errors never
 * carry the token.
 */
export const tokens = withVerbs(declared, {
  get: (target, ref, options = {}) => validateToken(target, tokenOf(ref), options),
  delete: (target, ref, options = {}) => revokeToken(target, tokenOf(ref), options),
  waitForDelete: (target, ref, options = {}) => waitForRevocation(target, tokenOf(ref), options),
});

/**
 * Keystone revokes at once, so this rarely waits; it polls HEAD (core's generic wait would
 * put the token in a URL) with the usual interval, timeout and signal.
 */
async function waitForRevocation(
  target: Parameters<typeof checkToken>[0],
  token: string,
  options: WaitForDeleteOptions,
): Promise<void> {
  const { interval = 2_000, maxInterval = 15_000, timeout = 300_000, signal } = options;
  const deadline = Date.now() + timeout;
  for (let delay = interval; ; delay = Math.min(delay * 1.5, maxInterval)) {
    if (!(await checkToken(target, token, { signal }))) return;
    const left = deadline - Date.now();
    if (left <= 0) throw new ResourceTimeoutError(`Timed out after ${timeout} ms waiting for a token to be revoked`);
    await new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = setTimeout(resolve, Math.min(delay, left));
      signal?.addEventListener("abort", () => (clearTimeout(timer), reject(signal.reason)), { once: true });
    });
  }
}
