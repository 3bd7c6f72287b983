export { orchestrationService } from "./descriptor.js";
export { orchestration } from "./service-definition.js";

export * from "./resources.js";
export type { TemplateBody } from "./stacks/shared.js";
export type {
  StackInput,
  StackPreviewUpdateInput,
  StackTemplateInput,
  StackUpdateInput,
} from "./stacks/stack-input.js";
export { canonicalStackPath, stackIds, type StackRef } from "./stacks/stack-path.js";
export { lookUpStack, type StackAt } from "./stacks/stack-lookup.js";
export { patchStack, updateStack } from "./stacks/stack-updates.js";
export { cancelStackUpdate, checkStack, resumeStack, suspendStack } from "./stacks/stack-actions.js";
export { waitForDeleteStack, waitForStack, type StackWaitOptions } from "./stacks/wait-for-stack.js";
export { signalResource } from "./resources/signal-resource.js";
export { createStackSnapshot, restoreStackSnapshot } from "./snapshots/snapshot-calls.js";
export type { ValidateTemplateInput } from "./templates/template.js";
export type { SoftwareConfigInput } from "./software-configs/software-config.js";
export type { SoftwareDeploymentInput } from "./software-deployments/software-deployment.js";
