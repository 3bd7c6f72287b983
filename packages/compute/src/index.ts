export { computeService } from "./service.js";
export { compute } from "./service-definition.js";
