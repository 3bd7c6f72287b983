/** What a fake service needs to answer a failure the way the real one does. */
export interface ApiErrorDetails {
  /** Neutron's `NeutronError.type` (`NetworkNotFound`, `NetworkInUse`, …). */
  readonly type?: string;
  /** Placement's error `code` (`placement.duplicate_name`). */
  readonly code?: string;
  /** Fields added beside the message (Placement's `max_version` on a 406). */
  readonly extra?: Readonly<Record<string, unknown>>;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * A failure a fake service answers with. Handlers throw it; the pipeline renders it in
 * the service's own error format (Keystone's `error`, Neutron's `NeutronError`, …).
 */
export class ApiError extends Error {
  readonly status: number;
  readonly details: ApiErrorDetails;

  constructor(status: number, message: string, details: ApiErrorDetails = {}) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.details = details;
  }
}

/** Throws an {@link ApiError}: `return fail(404, "…")` reads as the answer it is. */
export function fail(status: number, message: string, details?: ApiErrorDetails): never {
  throw new ApiError(status, message, details);
}

/** The reason phrases the services print, by status. */
export const TITLES: Readonly<Record<number, string>> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  409: "Conflict",
  411: "Length Required",
  412: "Precondition Failed",
  413: "Request Entity Too Large",
  415: "Unsupported Media Type",
  416: "Requested Range Not Satisfiable",
  422: "Unprocessable Entity",
  500: "Internal Server Error",
  501: "Not Implemented",
};

export const titleOf = (status: number): string => TITLES[status] ?? "Error";
