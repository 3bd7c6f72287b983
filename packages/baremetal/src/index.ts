export { baremetalService } from "./descriptor.js";
export { baremetal } from "./service-definition.js";
export { IRONIC_MAX } from "./shared.js";

export * from "./resources.js";
export { NODE_FAILURES } from "./nodes/node.js";
export { BiosSetting, BootDevice, NodeConsole, NodeStates, NodeValidation } from "./nodes/node-actions.js";
export {
  EXPECTED_POWER_STATE,
  EXPECTED_PROVISION_STATE,
  setNodePowerState,
  setNodeProvisionState,
  waitForNodePowerState,
  waitForNodeReservation,
  waitForNodesProvisionState,
  type NodeRef,
  type NodeWaitOptions,
  type PowerTarget,
  type ProvisionStateOptions,
  type ProvisionTarget,
} from "./nodes/node-states.js";
export { DeployStep } from "./deploy-templates/deploy-template.js";
export { DriverProperties } from "./drivers/driver.js";
