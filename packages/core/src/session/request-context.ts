/** What a call tells the session about one request. */
export interface RequestContext {
  /** Attach the session's token. It is only ever attached for trusted origins. */
  authenticated?: boolean;
  /** `OpenStack-API-Version: <service> <value>`, plus a legacy header where a service needs one. */
  microversion?: { service: string; value: string; legacyHeader?: string | undefined };
}

/**
 * What travels with one request from `Session.request` to every step of its way. It rides
 * as a ky option ky does not know (`openstack`): ky leaves such an option untouched in the
 * `options` its hooks see, and hands it to the `fetch` step in its second argument.
 */
export interface Carried {
  context: RequestContext;
  /** The body as the caller gave it, to send again after a 401 or a redirect (the Request's own is spent by then). */
  body?: BodyInit | null | undefined;
  json?: unknown;
}

/** The carried context in a hook's `options` or the fetch step's `init`. */
export const carriedIn = (options: object | undefined): Carried =>
  (options as { openstack?: Carried } | undefined)?.openstack ?? { context: {} };

/** The body to send again: the caller's, as given (ky turned `json` into text for the first send). */
export const bodyToResend = ({ body, json }: Carried): BodyInit | null | undefined =>
  json !== undefined ? JSON.stringify(json) : body;
