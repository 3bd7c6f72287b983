export { blockStorageService } from "./service.js";
export { blockStorage } from "./service-definition.js";
