export { instanceHaService } from "./descriptor.js";
export { instanceHa } from "./service-definition.js";

export * from "./resources.js";
export { Vmove, type VmovesQuery } from "./vmoves/vmove.js";
