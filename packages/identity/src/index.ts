export { identityService } from "./descriptor.js";
export * from "./resources.js";
export { checkToken, revokeToken, validateToken } from "./tokens/token-calls.js";
export { Token } from "./tokens/token.js";
export { identity } from "./service-definition.js";
