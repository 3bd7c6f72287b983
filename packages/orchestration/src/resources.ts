// The package's resources, one line each. Every resource exported here is on the façade
// (service-definition.ts takes them all): adding a resource is adding its line.
export { Stack, StackCreated, StackPreview, StackUpdatePreview } from "./stacks/stack.js";
export { stacks } from "./stacks/stacks.js";
export { Resource, resources } from "./resources/resource.js";
export { Event, stackEvents, resourceEvents } from "./events/event.js";
export { Output, outputs } from "./outputs/output.js";
export { StackSnapshot, stackSnapshots } from "./snapshots/snapshot.js";
export { TemplateFunction, TemplateValidation, TemplateVersion, templateVersions } from "./templates/template.js";
export { ResourceTypeSchema, ResourceTypeSummary, resourceTypes } from "./resource-types/resource-type.js";
export { SoftwareConfig, softwareConfigs } from "./software-configs/software-config.js";
export { SoftwareDeployment, softwareDeployments } from "./software-deployments/software-deployment.js";
export { BuildInfo, Service, services } from "./services/service.js";
