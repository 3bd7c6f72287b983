import type { AuthPlugin, AuthResult, AuthTransport } from "./plugin.js";

/**
 * keystoneauth's margin: a token this close to expiry is replaced before use. A token that
 * lives less than twice that is replaced at half its life instead, or it would never be used.
 */
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
  #margin = REFRESH_MARGIN_MS;
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

  /**
   * The current authentication if it can be used as it is (not close to expiry), without
   * waiting: every request asks, and only the first, or one near expiry, needs to wait.
   */
  get usable(): AuthResult | undefined {
    const current = this.#current;
    return current && !this.#expiring(current) ? current : undefined;
  }

  async access(signal?: AbortSignal): Promise<AuthResult> {
    const usable = this.usable;
    if (usable) return usable;
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
      const lifetime = result.expiresAt ? result.expiresAt.getTime() - this.#now() : Number.POSITIVE_INFINITY;
      this.#margin = Math.min(REFRESH_MARGIN_MS, lifetime / 2);
      this.#current = result;
      return result;
    } finally {
      this.#pending = undefined;
    }
  }

  #expiring(result: AuthResult): boolean {
    return result.expiresAt !== undefined && result.expiresAt.getTime() - this.#now() < this.#margin;
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
