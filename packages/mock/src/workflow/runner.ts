import { uuid } from "../engine/ids.js";
import type { Ctx, Row } from "../engine/types.js";
import { echoOutput, evaluate, type TaskSpec, type WorkflowSpec } from "./definition.js";
import { mistralTime } from "./mistral.js";

/** What an action does in the fake executor: std.noop and std.echo succeed, std.fail fails. */
function perform(action: string, context: Row): { ok: boolean; result: unknown; error?: string } {
  const name = action.trim().split(/\s+/)[0];
  if (name === "std.noop") return { ok: true, result: null };
  if (name === "std.echo") return { ok: true, result: echoOutput(action, context) };
  if (name === "std.fail") return { ok: false, result: null, error: "Fail action expected exception." };
  return { ok: false, result: null, error: `The fake executor does not run ${name}` };
}

/** Mistral's words for a failed action, naming it by its class as Mistral does std.fail's. */
const actionError = (task: Row, actionId: string, error: string) => {
  const label = String(task["action"]).startsWith("std.fail") ? "Fail action" : String(task["action"]);
  return `The action raised an exception [action=${label}, action_ex_id=${actionId}, msg='${error}']`;
};

/** The tasks no other task leads to: where a direct workflow starts. */
function startTasks(spec: WorkflowSpec): TaskSpec[] {
  const led = new Set(spec.tasks.flatMap((t) => [...t.onSuccess, ...t.onError, ...t.onComplete]));
  return spec.tasks.filter((t) => !led.has(t.name));
}

function startTask(ctx: Ctx, execution: Row, spec: TaskSpec, triggeredBy?: { task_id: string; event: string }): Row {
  const now = mistralTime(ctx.cloud.now());
  const task = {
    id: uuid(),
    name: spec.name,
    type: "ACTION",
    workflow_name: execution["workflow_name"],
    workflow_namespace: execution["workflow_namespace"],
    workflow_id: execution["workflow_id"],
    workflow_execution_id: execution["id"],
    tags: [],
    state: "RUNNING",
    state_info: null,
    project_id: execution["project_id"],
    runtime_context: JSON.stringify(triggeredBy ? { triggered_by: [triggeredBy] } : {}),
    published: "{}",
    processed: false,
    created_at: now,
    updated_at: now,
    started_at: now,
    finished_at: null,
    result: null,
    action: spec.action,
  };
  ctx.cloud.state.workflowTasks.push(task);
  return task;
}

/**
 * Runs an execution of a direct workflow as Mistral's engine would, one cloud delay per
 * round: the round's tasks run their actions, publish into the context, and start the tasks
 * their outcome leads to. With nothing left, the execution is SUCCESS with its output, or
 * ERROR naming each failed task that no `on-error` handled, as Mistral's state_info does.
 */
export function runExecution(ctx: Ctx, execution: Row, spec: WorkflowSpec): void {
  const context: Row = { ...JSON.parse(execution["input"]) };
  const failures: string[] = [];
  const round = (running: { row: Row; spec: TaskSpec }[]) => {
    if (execution["state"] !== "RUNNING") return;
    const next: { row: Row; spec: TaskSpec }[] = [];
    for (const { row, spec: taskSpec } of running) {
      const outcome = perform(taskSpec.action, context);
      const now = mistralTime(ctx.cloud.now());
      const published = Object.fromEntries(
        Object.entries(taskSpec.publish).map(([k, v]) => [k, evaluate(v, context, outcome.result)]),
      );
      Object.assign(context, published);
      const actionId = uuid();
      Object.assign(row, {
        state: outcome.ok ? "SUCCESS" : "ERROR",
        state_info: outcome.ok ? null : actionError(row, actionId, outcome.error!),
        result: JSON.stringify(outcome.result),
        published: JSON.stringify(published),
        processed: true,
        updated_at: now,
        finished_at: now,
      });
      const event = outcome.ok ? "on-success" : "on-error";
      const followers = [...(outcome.ok ? taskSpec.onSuccess : taskSpec.onError), ...taskSpec.onComplete];
      if (!outcome.ok && taskSpec.onError.length === 0)
        failures.push(
          `  ${row["name"]} [task_ex_id=${row["id"]}] -> ${row["state_info"]}\n    [action_ex_id=${actionId}, idx=0]: ${row["state_info"]}\n`,
        );
      for (const name of followers) {
        const follower = spec.tasks.find((t) => t.name === name);
        if (follower)
          next.push({ row: startTask(ctx, execution, follower, { task_id: row["id"], event }), spec: follower });
      }
    }
    if (next.length) return void ctx.cloud.later(() => round(next));
    const now = mistralTime(ctx.cloud.now());
    if (failures.length) {
      const names = running.filter((r) => r.row["state"] === "ERROR").map((r) => r.row["name"]);
      const info = `Failure caused by error in tasks: ${names.join(", ")}\n\n${failures.join("")}`;
      Object.assign(execution, {
        state: "ERROR",
        state_info: info,
        output: JSON.stringify({ result: info }),
        updated_at: now,
      });
      return;
    }
    const output = Object.fromEntries(Object.entries(spec.output).map(([k, v]) => [k, evaluate(v, context)]));
    Object.assign(execution, { state: "SUCCESS", output: JSON.stringify(output), updated_at: now });
  };
  const first = startTasks(spec).map((t) => ({ row: startTask(ctx, execution, t), spec: t }));
  ctx.cloud.later(() => round(first));
}
