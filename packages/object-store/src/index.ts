export { objectStoreService } from "./service.js";
export { objectStore } from "./service-definition.js";
