export { OpenStackError } from "./openstack-error.js";
export {
  HttpError,
  BadRequestError,
  UnauthorizedError,
  ForbiddenError,
  NotFoundError,
  ConflictError,
  RateLimitError,
  ServerError,
  httpErrorFor,
  type HttpErrorInit,
} from "./http-error.js";
export {
  EndpointNotFoundError,
  ConfigError,
  AmbiguousEndpointError,
  InvalidArgumentError,
  DuplicateResourceError,
  ResourceTimeoutError,
  ResourceFailureError,
  MicroversionError,
  NetworkError,
  TimeoutError,
} from "./sdk-errors.js";
export { ResponseValidationError } from "./response-validation-error.js";
// The names openstacksdk users already know.
export { OpenStackError as SDKException } from "./openstack-error.js";
export {
  HttpError as HttpException,
  NotFoundError as ResourceNotFound,
  NotFoundError as NotFoundException,
  BadRequestError as BadRequestException,
  ForbiddenError as ForbiddenException,
  ConflictError as ConflictException,
} from "./http-error.js";
export {
  EndpointNotFoundError as EndpointNotFound,
  DuplicateResourceError as DuplicateResource,
  ResourceTimeoutError as ResourceTimeout,
  ResourceFailureError as ResourceFailure,
} from "./sdk-errors.js";
