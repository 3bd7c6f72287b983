import type { AuthPlugin, AuthResult, AuthTransport } from "./plugin.js";

/** keystoneauth's margin: a token this close to expiry is replaced before use. */
const REFRESH_MARGIN_MS = 120_000;

/**
 * Holds the current authentication. However many callers ask at once, at most one
 * authentication is in flight; waiters share it. A token close to `expires_at` is
 * replaced before use, and `invalidate` (after a 401) forgets only the token that failed,
 * so a burst of 401s for the same token leads to one re-authentication.
 */
export class TokenManager {
  readonly plugin: AuthPlugin;
  #transport: AuthTransport;
  #now: () => number;
  #current: AuthResult | undefined;
  #pending: Promise<AuthResult> | undefined;

  constructor(plugin: AuthPlugin, transport: AuthTransport, now: () => number = Date.now) {
    this.plugin = plugin;
    this.#transport = transport;
    this.#now = now;
  }

  /** The last authentication, if any, without triggering one. */
  get current(): AuthResult | undefined {
    return this.#current;
  }

  async access(signal?: AbortSignal): Promise<AuthResult> {
    const current = this.#current;
    if (current && !this.#expiring(current)) return current;
    this.#pending ??= this.#authenticate();
    return abortable(this.#pending, signal);
  }

  /** Forgets `token` if it is still the current one (a 401 said it no longer works). */
  invalidate(token?: string): void {
    if (token === undefined || this.#current?.token === token) this.#current = undefined;
  }

  async #authenticate(): Promise<AuthResult> {
    try {
      // Not tied to any one caller's signal: other callers may be waiting on it.
      const result = await this.plugin.authenticate(this.#transport);
      this.#current = result;
      return result;
    } finally {
      this.#pending = undefined;
    }
  }

  #expiring(result: AuthResult): boolean {
    return result.expiresAt !== undefined && result.expiresAt.getTime() - this.#now() < REFRESH_MARGIN_MS;
  }
}

/** Waits for `promise`, or rejects with the signal's reason as soon as it aborts. */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
