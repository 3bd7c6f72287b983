// The workflows e2e/workflow.test.ts and its fidelity twin e2e/mock-workflow.test.ts make,
// from one definition written once: what holds on the fake Mistral is what runs on the real.
import type { Connection } from "@openstack-ts/openstack";
import { afterAll } from "vitest";

type Workflow = Connection["workflow"];

/**
 * Workflows named after `tag`: `ok` (std.noop, then std.echo of its `msg` input, published as
 * its output `said`), `fail` (std.fail) and, with `slow`, `slow` (a 30 s std.sleep). `start`
 * runs one; after the file every execution it started and every workflow is deleted.
 */
export function workflowSet(wf: Workflow, tag: string, { slow = false } = {}) {
  const names = { ok: `${tag}_ok`, fail: `${tag}_fail`, slow: `${tag}_slow` };
  const made = slow ? Object.values(names) : [names.ok, names.fail];
  const executions: string[] = [];
  const definition = (echo = "hello") => `---
version: '2.0'
${names.ok}:
  description: two tasks that really run
  input:
    - msg: ${echo}
  output:
    said: <% $.said %>
  tasks:
    first:
      action: std.noop
      on-success: second
    second:
      action: std.echo output=<% $.msg %>
      publish:
        said: <% task().result %>
${names.fail}:
  tasks:
    boom:
      action: std.fail
${
  slow
    ? `${names.slow}:
  tasks:
    nap:
      action: std.sleep seconds=30
`
    : ""
}`;
  const start = async (workflowName: string, input: Record<string, unknown> = {}) => {
    const execution = await wf.createExecution({ workflow_name: workflowName, input });
    executions.push(execution.id);
    return execution;
  };
  afterAll(async () => {
    for (const id of executions) await wf.deleteExecution(id, { force: true }).catch(() => undefined);
    for (const name of made) await wf.deleteWorkflow(name).catch(() => undefined);
  });
  return { names, made, definition, start };
}
