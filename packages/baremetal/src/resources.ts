// The package's resources, one line each. Every resource exported here is on the façade
// (service-definition.ts takes them all): adding a resource is adding its line.
export { Node, nodes } from "./nodes/node.js";
export { Port, ports } from "./ports/port.js";
export { PortGroup, portGroups } from "./port-groups/port-group.js";
export { Chassis, chassis } from "./chassis/chassis.js";
export { Driver, drivers } from "./drivers/driver.js";
export { Allocation, allocations } from "./allocations/allocation.js";
export { DeployTemplate, deployTemplates } from "./deploy-templates/deploy-template.js";
export { VolumeConnector, volumeConnectors } from "./volume/volume-connector.js";
export { VolumeTarget, volumeTargets } from "./volume/volume-target.js";
export { Conductor, conductors } from "./conductors/conductor.js";
