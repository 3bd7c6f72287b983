export { workflowService } from "./descriptor.js";
export { workflow } from "./service-definition.js";

export * from "./resources.js";
export { DefinitionValidation, type DefinitionOptions } from "./workflows/workflow.js";
export type { WorkbookDefinition } from "./workbooks/workbook.js";
export type { TaskRerun } from "./tasks/task.js";
export { waitForExecution, type ExecutionWaitOptions } from "./executions/wait-for-execution.js";
