// The package's resources, one line each. Every resource exported here is on the façade
// (service-definition.ts takes them all): adding a resource is adding its line.
export { Introspection, introspections } from "./introspections/introspection.js";
export { IntrospectionRule, introspectionRules } from "./rules/introspection-rule.js";
