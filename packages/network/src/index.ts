export { networkService } from "./service.js";
export * from "./resources.js";
export { FixedIp, Route } from "./shared-fields.js";
export { network } from "./service-definition.js";
