import { fromConfig } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml

await conn.workflow.createWorkflow({
  definition: "version: '2.0'\nhello:\n  tasks:\n    say:\n      action: std.echo output=\"hi\"\n",
});
const run = await conn.workflow.createExecution({ workflow_name: "hello" });
const done = await conn.workflow.waitForExecution(run); // ERROR: ResourceFailureError with Mistral's state_info
console.log(done.state, await conn.workflow.listTasks({ workflow_execution_id: run.id }));
