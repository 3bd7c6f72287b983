export { VERSION } from "./version.js";
export * from "./errors/index.js";

export { Session, type EndpointOptions, type SessionRequestOptions } from "./session/session.js";
export type { SessionOptions, ServiceSettings } from "./session/session-options.js";
export type { RetryOptions } from "./session/retry.js";
export type { RequestContext } from "./session/request-context.js";

export type {
  AuthPlugin,
  AuthGetOptions,
  AuthPostOptions,
  AuthResult,
  AuthTransport,
  NamedRef,
} from "./auth/plugin.js";
export { TokenManager } from "./auth/token-manager.js";
export type { ScopeOptions } from "./auth/scope.js";
export { PasswordAuth, type PasswordAuthOptions } from "./auth/password.js";
export { TokenAuth, type TokenAuthOptions } from "./auth/token.js";
export { ApplicationCredentialAuth, type ApplicationCredentialAuthOptions } from "./auth/application-credential.js";
export { AdminTokenAuth, NoAuth } from "./auth/static.js";
export { createAuthPlugin, authTypes, type AuthArguments } from "./auth/registry.js";
export { TotpAuth, type TotpAuthOptions, type Passcode } from "./auth/totp.js";
export { MultiFactorAuth, type MultiFactorAuthOptions } from "./auth/multi-factor.js";
export * from "./auth/oidc/index.js";
export type { IdentityMethod, IdentityMethodSource, UserOptions } from "./auth/identity-method.js";
export { AuthReceipt, RECEIPT_HEADER, type AuthReceiptDetails } from "./auth/auth-receipt.js";
export type {
  FactorOptions,
  SecondFactorArguments,
  SecondFactorCallback,
  SecondFactorChallenge,
} from "./auth/factor-login.js";
export {
  OAuth2ClientCredentialAuth,
  type OAuth2ClientCredentialAuthOptions,
} from "./auth/oauth2-client-credential.js";
export { OAuth2ClientRejectedError, OAuth2RequestError, type OAuth2ErrorBody } from "./auth/oauth2-errors.js";
export {
  acceptWebSsoToken,
  webSsoUrl,
  WebSsoCallbackError,
  type AcceptWebSsoOptions,
  type WebSsoUrlOptions,
} from "./auth/websso.js";
export { ScopeRefusedError } from "./auth/scope-errors.js";
export {
  RescopedAuth,
  describeScope,
  type RescopedAuthOptions,
  type RescopeTarget,
  type TokenSource,
} from "./auth/rescope.js";
export {
  availableScopes,
  listAuthDomains,
  listAuthProjects,
  listAuthSystems,
  rescopedAuth,
  type AuthDomain,
  type AuthProject,
  type AvailableScopes,
} from "./auth/available-scopes.js";
export {
  AuthReceiptRequiredError,
  AuthRulesNotSatisfiedError,
  AuthReceiptExpiredError,
  CredentialsRejectedError,
  PasscodeRejectedError,
} from "./auth/login-errors.js";

export {
  selectEndpoint,
  substituteProjectId,
  type CatalogService,
  type CatalogEndpoint,
  type EndpointQuery,
  type Interface,
} from "./catalog/catalog.js";
export { officialServiceType, serviceTypeCandidates } from "./catalog/service-types.js";

export { parseVersionDocument, type ApiVersion } from "./discovery/version-document.js";
export { resolveEndpoint, type ResolvedEndpoint } from "./discovery/resolve-endpoint.js";
export { negotiateMicroversion, compareMicroversions, parseMicroversion } from "./discovery/microversion.js";

export { ServiceClient, type ServiceRequestOptions, type HttpMethod } from "./service/service-client.js";
export type { ResponsePromise } from "./service/response-promise.js";
export { rawDescriptor, type CallHeader, type ServiceDescriptor } from "./service/service-descriptor.js";
export { callHeadersOf, checkCallHeaderNames, refuseUnknownOptions } from "./resource/call-headers.js";
export { resourcesIn, type ResourcesIn } from "./service/resources-in.js";
export {
  defineService,
  type ServiceDefinition,
  type ServiceFacade,
  type ServiceFunction,
} from "./service/define-service.js";
export { createFacade, methodTable } from "./service/facade.js";

export { defineResource, type Resource, type ResourceFunctions } from "./resource/define-resource.js";
export type {
  ResourceSpec,
  ResourceSchema,
  ActionSpec,
  Verb,
  Filters,
  CheckedNames,
  MicroversionBound,
} from "./resource/resource-spec.js";
export { fieldSelection, sortFilters, tagFilters } from "./resource/filters.js";
export type * from "./resource/types.js";
export { ListResult } from "./resource/list-result.js";
export {
  paginate,
  pageQuery,
  deferredWalker,
  walkPages,
  type PaginateOptions,
  type Page,
  type PageWalker,
} from "./resource/paginate.js";
export { findNextLink, resolveNextLink } from "./resource/next-link.js";
export { clientFor } from "./resource/client-for.js";
export { runAction, actionFunctions } from "./resource/action.js";
export { waitForStatus, waitForDelete } from "./resource/wait.js";

export { idOf, fillPath, joinUrl, type IdType, type Ref, type PathParams } from "./http/path.js";
export { serverMessageOf, serverCodeOf, requestIdOf } from "./http/error-body.js";
export { invalidItemReporter, parseItem, parseListItem, parseRecord, unwrap } from "./resource/validate.js";
export { isPartial, type PartialMark } from "./resource/partial.js";
export { isAccepted, type AcceptedMark } from "./resource/accepted.js";
export { redactHeaders, redactUrl, REDACTED, type Logger } from "./log/logger.js";
