export { baremetalIntrospectionService } from "./descriptor.js";
export { baremetalIntrospection } from "./service-definition.js";
export { INSPECTOR_MAX, VERSION_HEADER } from "./microversion.js";

export * from "./resources.js";
export { INTROSPECTION_FAILURES, type StartIntrospectionOptions } from "./introspections/introspection.js";
