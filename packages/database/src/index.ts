export { databaseService } from "./descriptor.js";
export { database } from "./service-definition.js";

export * from "./resources.js";
