export { placementService } from "./service.js";
export { placement } from "./service-definition.js";
