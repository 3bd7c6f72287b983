import { OpenStackError } from "./openstack-error.js";

/** The catalog has no endpoint for what was asked; the message lists what it does have. */
export class EndpointNotFoundError extends OpenStackError {
  override name = "EndpointNotFoundError";
}

/** Options or configuration that cannot work, named with where they came from. */
export class ConfigError extends OpenStackError {
  override name = "ConfigError";
}

/**
 * The catalog offers a service, for the wanted interface, in several regions and no region
 * was chosen. Picking one would send calls to a region the user may never have meant
 * (openstacksdk takes the first); the message lists the regions and how to choose one.
 */
export class AmbiguousEndpointError extends ConfigError {
  override name = "AmbiguousEndpointError";
  /** The catalog's regions for that service and interface, in catalog order. */
  readonly regions: readonly string[];
  constructor(message: string, regions: readonly string[]) {
    super(message);
    this.regions = regions;
  }
}

/** An argument that would make a wrong request (empty id, `..` in an id, wrong type). */
export class InvalidArgumentError extends OpenStackError {
  override name = "InvalidArgumentError";
}

/** `find` matched more than one resource. */
export class DuplicateResourceError extends OpenStackError {
  override name = "DuplicateResourceError";
}

/** A wait ended before the resource reached the wanted state. */
export class ResourceTimeoutError extends OpenStackError {
  override name = "ResourceTimeoutError";
}

/** A wait saw the resource enter a failure state (ERROR, …). */
export class ResourceFailureError extends OpenStackError {
  override name = "ResourceFailureError";
}

/** The call needs a microversion (or API version) the server does not offer. */
export class MicroversionError extends OpenStackError {
  override name = "MicroversionError";
}

/**
 * The request got no complete response: connection refused, reset, DNS, TLS, timeout, or a
 * body cut off (then `requestId` is the one its head carried).
 */
export class NetworkError extends OpenStackError {
  override name = "NetworkError";
  readonly method: string;
  readonly url: string;
  readonly requestId: string | undefined;
  constructor(message: string, init: { method: string; url: string; requestId?: string | undefined; cause?: unknown }) {
    super(message, { cause: init.cause });
    this.method = init.method;
    this.url = init.url;
    this.requestId = init.requestId;
  }
}

/** No response within the configured timeout. */
export class TimeoutError extends NetworkError {
  override name = "TimeoutError";
}
