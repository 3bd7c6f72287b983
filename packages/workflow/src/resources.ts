// The package's resources, one line each. Every resource exported here is on the façade
// (service-definition.ts takes them all): adding a resource is adding its line.
export { Workflow, workflows } from "./workflows/workflow.js";
export { Workbook, workbooks } from "./workbooks/workbook.js";
export { Execution, executions } from "./executions/execution.js";
export { Task, tasks } from "./tasks/task.js";
export { ActionExecution, actionExecutions } from "./action-executions/action-execution.js";
export { CronTrigger, cronTriggers } from "./cron-triggers/cron-trigger.js";
export { EventTrigger, eventTriggers } from "./event-triggers/event-trigger.js";
