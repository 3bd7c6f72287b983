// A workflow of two tasks made from YAML, run to SUCCESS and its output read; a failing one
// ends the wait with Mistral's reason; then both are deleted.
import { fromConfig, ResourceFailureError } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml

const definition = `---
version: '2.0'
docs_greet:
  input:
    - name: world
  output:
    greeting: <% $.greeting %>
  tasks:
    prepare:
      action: std.noop
      on-success: greet
    greet:
      action: std.echo output="hello <% $.name %>"
      publish:
        greeting: <% task().result %>
docs_fail:
  tasks:
    boom:
      action: std.fail
`;
const made = await conn.workflow.createWorkflow({ definition }); // every workflow the YAML defines

const run = await conn.workflow.createExecution({ workflow_name: "docs_greet", input: { name: "docs" } });
const done = await conn.workflow.waitForExecution(run); // SUCCESS, by default
console.log(JSON.parse(String(done.output))); // { greeting: "hello docs" }
for (const task of await conn.workflow.listTasks({ workflow_execution_id: run.id })) console.log(task.name, task.state);

const failing = await conn.workflow.createExecution({ workflow_name: "docs_fail" });
try {
  await conn.workflow.waitForExecution(failing);
} catch (error) {
  if (!(error instanceof ResourceFailureError)) throw error;
  console.log(error.message); // … went to ERROR while waiting for SUCCESS: Failure caused by error in tasks: boom …
}

for (const execution of [run, failing]) await conn.workflow.deleteExecution(execution);
for (const workflow of made) await conn.workflow.deleteWorkflow(workflow);
