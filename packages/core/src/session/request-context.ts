/** What a call tells the session's hooks, through ky's per-request `context`. */
export interface RequestContext {
  /** Attach the session's token. It is only ever attached for trusted origins. */
  authenticated?: boolean;
  /** `OpenStack-API-Version: <service> <value>`, plus a legacy header where a service needs one. */
  microversion?: { service: string; value: string; legacyHeader?: string | undefined };
  /** Set on the one re-send after a 401: a second 401 is final. */
  reauthenticated?: boolean;
  /** Redirects followed so far (to trusted origins only). */
  redirects?: number;
}

export const contextOf = (options: { context?: unknown }): RequestContext => (options.context ?? {}) as RequestContext;
