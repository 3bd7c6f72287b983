import { OpenStackError } from "./openstack-error.js";

export interface HttpErrorInit {
  status: number;
  method: string;
  url: string;
  /** `X-OpenStack-Request-ID` (or the service's own request id header) of the failed response. */
  requestId?: string | undefined;
  /** The message the service put in its error body, when it gave one. */
  serverMessage?: string | undefined;
  /** A machine-readable reason, where the service gives one: Placement's `placement.concurrent_update`, Neutron's `NetworkInUse`. */
  serverCode?: string | undefined;
  /** Seconds to wait, from `Retry-After`, when the service sent it. */
  retryAfter?: number | undefined;
}

/** A response with a non-2xx status. Carries enough to find the request in the service's logs. */
export class HttpError extends OpenStackError {
  override name = "HttpError";
  readonly status: number;
  readonly method: string;
  readonly url: string;
  readonly requestId: string | undefined;
  readonly serverMessage: string | undefined;
  readonly serverCode: string | undefined;

  constructor(init: HttpErrorInit) {
    const detail = init.serverMessage ? `: ${init.serverMessage}` : "";
    const id = init.requestId ? ` (request ${init.requestId})` : "";
    super(`${init.method} ${init.url} returned ${init.status}${detail}${id}`);
    this.status = init.status;
    this.method = init.method;
    this.url = init.url;
    this.requestId = init.requestId;
    this.serverMessage = init.serverMessage;
    this.serverCode = init.serverCode;
  }

  toJSON(): Record<string, unknown> {
    const { name, message, status, method, url, requestId, serverMessage, serverCode } = this;
    return { name, message, status, method, url, requestId, serverMessage, serverCode };
  }
}

export class BadRequestError extends HttpError {
  override name = "BadRequestError";
}
export class UnauthorizedError extends HttpError {
  override name = "UnauthorizedError";
}
export class ForbiddenError extends HttpError {
  override name = "ForbiddenError";
}
export class NotFoundError extends HttpError {
  override name = "NotFoundError";
}
export class ConflictError extends HttpError {
  override name = "ConflictError";
}
export class RateLimitError extends HttpError {
  override name = "RateLimitError";
  /** Seconds the service asked us to wait, if it said. */
  readonly retryAfter: number | undefined;
  constructor(init: HttpErrorInit) {
    super(init);
    this.retryAfter = init.retryAfter;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), retryAfter: this.retryAfter };
  }
}
/** Any 5xx: the service failed, not the request. */
export class ServerError extends HttpError {
  override name = "ServerError";
}

const byStatus: Record<number, typeof HttpError> = {
  400: BadRequestError,
  401: UnauthorizedError,
  403: ForbiddenError,
  404: NotFoundError,
  409: ConflictError,
  429: RateLimitError,
};

/** The most specific error class for a status code. */
export function httpErrorFor(init: HttpErrorInit): HttpError {
  const ErrorClass = byStatus[init.status] ?? (init.status >= 500 ? ServerError : HttpError);
  return new ErrorClass(init);
}
