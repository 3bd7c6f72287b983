import type { AuthPlugin } from "../auth/plugin.js";
import type { Logger } from "../log/logger.js";
import type { RetryOptions } from "./retry.js";

/** Settings for one service type, all optional. */
export interface ServiceSettings {
  /** Use this URL instead of the catalog's. `%(project_id)s` is filled in. */
  endpointOverride?: string | undefined;
  interface?: string | string[] | undefined;
  regionName?: string | undefined;
  /** The major API version to use, e.g. `2` for compute, `3` for block storage. */
  apiVersion?: string | undefined;
  /** A fixed microversion (`2.79`, or `latest`) instead of negotiating one per call. */
  microversion?: string | undefined;
}

export interface SessionOptions {
  auth: AuthPlugin;
  /** Defaults to the runtime's `fetch`. */
  fetch?: typeof fetch | undefined;
  /** Per request, in ms; `false` for none. Default 60 000. */
  timeout?: number | false | undefined;
  /** Retry policy for idempotent requests; `false` turns retries off. */
  retries?: RetryOptions | number | false | undefined;
  /** Prepended to `openstack-ts/<version>` in the User-Agent, where the runtime allows it. */
  userAgent?: string | undefined;
  logger?: Logger | undefined;
  /** Sent as `X-OpenStack-Request-ID` so one id follows a call through every service. */
  globalRequestId?: string | undefined;
  regionName?: string | undefined;
  /** Endpoint interface, or a preference list. Default `public`. */
  interface?: string | string[] | undefined;
  /** Per service type (official name or alias): overrides and versions. */
  services?: Record<string, ServiceSettings> | undefined;
  /** Aborts every request of the session. */
  signal?: AbortSignal | undefined;
}
