import { BadRequestError, type HttpErrorInit, HttpError, UnauthorizedError } from "../errors/http-error.js";

/** What an OAuth 2.0 token endpoint says when it refuses (RFC 6749 §5.2). */
export interface OAuth2ErrorBody {
  /** `invalid_client`, `invalid_request`, `unsupported_grant_type`, … */
  error: string | undefined;
  errorDescription: string | undefined;
}

const where = (init: HttpErrorInit): string =>
  `${init.method} ${init.url} returned ${init.status}${init.requestId ? ` (request ${init.requestId})` : ""}`;

/**
 * Keystone refused the OAuth 2.0 client (`invalid_client`, 401): the application
 * credential's id or secret is wrong, it expired or was deleted, or its user is disabled.
 */
export class OAuth2ClientRejectedError extends UnauthorizedError {
  override name = "OAuth2ClientRejectedError";
  /** RFC 6749's error code, as Keystone sent it. */
  readonly error: string | undefined;
  /** The OAuth 2.0 client id: the application credential's id (not a secret). */
  readonly clientId: string;

  constructor(init: HttpErrorInit, body: OAuth2ErrorBody, clientId: string) {
    super({ ...init, serverMessage: body.errorDescription, serverCode: body.error });
    this.error = body.error;
    this.clientId = clientId;
    this.message =
      `Keystone refused the OAuth 2.0 client ${clientId} (${body.error ?? "no error code"}: ` +
      `${body.errorDescription ?? "no description"}): the application credential's id or secret is wrong, ` +
      `or it expired, was deleted, or its user is disabled. ${where(init)}`;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), error: this.error, clientId: this.clientId };
  }
}

/** Keystone's OAuth 2.0 endpoint refused the request itself (400: `invalid_request`, `unsupported_grant_type`). */
export class OAuth2RequestError extends BadRequestError {
  override name = "OAuth2RequestError";
  readonly error: string | undefined;

  constructor(init: HttpErrorInit, body: OAuth2ErrorBody) {
    super({ ...init, serverMessage: body.errorDescription, serverCode: body.error });
    this.error = body.error;
    this.message = `Keystone's OAuth 2.0 endpoint refused the token request (${body.error ?? "no error code"}: ${body.errorDescription ?? "no description"}). ${where(init)}`;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), error: this.error };
  }
}

/** The typed error for an OAuth 2.0 error response; other statuses keep the plain HTTP class. */
export function oauth2Error(init: HttpErrorInit, body: OAuth2ErrorBody, clientId: string): HttpError {
  if (init.status === 401) return new OAuth2ClientRejectedError(init, body, clientId);
  if (init.status === 400) return new OAuth2RequestError(init, body);
  return new HttpError({ ...init, serverMessage: body.errorDescription, serverCode: body.error });
}
