import { fail } from "../engine/api-error.js";
import { uuid } from "../engine/ids.js";
import { empty, json } from "../engine/respond.js";
import { authOf, type Ctx, type Route, type Row } from "../engine/types.js";
import { inputDefaults } from "./definition.js";
import { mistralList, mistralTime, visible } from "./mistral.js";
import { runExecution } from "./runner.js";
import { findWorkflow } from "./workflows.js";

/** A task as Mistral lists it; its `result` only when read alone; the action the fake runs, never. */
export const taskView = ({ action: _action, result: _result, ...shown }: Row): Row => shown;

function findExecution(ctx: Ctx): Row {
  const id = ctx.params["id"];
  const found = ctx.cloud.state.workflowExecutions.find(
    (e) => e["id"] === id && e["project_id"] === ctx.auth?.projectId,
  );
  return found ?? fail(404, `Object not found [type=WorkflowExecution, id=${id}]`);
}

/** A JSON object given as an object or as its text, as Mistral takes `input` and `params`. */
function objectOf(value: unknown, field: string): Row {
  if (value === undefined || value === null || value === "") return {};
  const parsed = typeof value === "string" ? JSON.parse(value) : value;
  if (typeof parsed !== "object" || Array.isArray(parsed)) fail(400, `${field} must be a JSON object`);
  return parsed;
}

/** Mistral's executions: started RUNNING, run by the fake engine to SUCCESS or ERROR, their tasks listed. */
export function executionRoutes(): Route[] {
  return [
    {
      method: "GET",
      path: "v2/executions",
      handle: (ctx) =>
        json(
          mistralList(
            ctx,
            visible(ctx, ctx.cloud.state.workflowExecutions),
            "executions",
            ["workflow_name", "state"],
            (e) => e,
          ),
        ),
    },
    {
      method: "POST",
      path: "v2/executions",
      handle: async (ctx) => {
        const body = await ctx.body();
        const params = objectOf(body["params"], "params");
        const namespace = String(body["workflow_namespace"] ?? params["namespace"] ?? "");
        const workflow = findWorkflow(ctx, String(body["workflow_id"] ?? body["workflow_name"] ?? ""), namespace);
        const now = mistralTime(ctx.cloud.now());
        const execution = {
          id: uuid(),
          workflow_id: workflow["id"],
          workflow_name: workflow["name"],
          workflow_namespace: namespace,
          description: body["description"] ?? "",
          tags: [],
          params: JSON.stringify({ namespace, env: {}, ...params }),
          task_execution_id: null,
          root_execution_id: null,
          state: "RUNNING",
          state_info: null,
          input: JSON.stringify({ ...inputDefaults(workflow["spec"]), ...objectOf(body["input"], "input") }),
          output: "{}",
          created_at: now,
          updated_at: now,
          project_id: authOf(ctx).projectId,
        };
        ctx.cloud.state.workflowExecutions.push(execution);
        runExecution(ctx, execution, workflow["spec"]);
        return json(execution, 201);
      },
    },
    {
      method: "GET",
      path: "v2/executions/:id",
      handle: (ctx) => json({ ...findExecution(ctx), published_global: "{}" }),
    },
    {
      method: "DELETE",
      path: "v2/executions/:id",
      handle: (ctx) => {
        const execution = findExecution(ctx);
        const { state } = ctx.cloud;
        state.workflowExecutions = state.workflowExecutions.filter((e) => e !== execution);
        state.workflowTasks = state.workflowTasks.filter((t) => t["workflow_execution_id"] !== execution["id"]);
        return empty(204);
      },
    },
    {
      method: "GET",
      path: "v2/executions/:id/tasks",
      handle: (ctx) => {
        const execution = findExecution(ctx);
        const tasks = ctx.cloud.state.workflowTasks.filter((t) => t["workflow_execution_id"] === execution["id"]);
        return json({ tasks: tasks.map(taskView) });
      },
    },
    {
      method: "GET",
      path: "v2/tasks",
      handle: (ctx) =>
        json(
          mistralList(
            ctx,
            visible(ctx, ctx.cloud.state.workflowTasks),
            "tasks",
            ["workflow_execution_id", "name", "state", "workflow_name"],
            taskView,
          ),
        ),
    },
    {
      method: "GET",
      path: "v2/tasks/:id",
      handle: (ctx) => {
        const id = ctx.params["id"];
        const task = visible(ctx, ctx.cloud.state.workflowTasks).find((t) => t["id"] === id);
        if (!task) fail(404, `Object not found [type=TaskExecution, id=${id}]`);
        const { action: _action, ...shown } = task;
        return json(shown);
      },
    },
  ];
}
