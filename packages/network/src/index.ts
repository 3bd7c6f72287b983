export { networkService } from "./descriptor.js";
export * from "./resources.js";
export { FixedIp, Route } from "./shared-fields.js";
export { network } from "./service-definition.js";
