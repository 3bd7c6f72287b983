export { imageService } from "./service.js";
export { image } from "./service-definition.js";
