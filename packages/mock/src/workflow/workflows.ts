import { fail } from "../engine/api-error.js";
import { uuid } from "../engine/ids.js";
import { empty, json } from "../engine/respond.js";
import { authOf, type Ctx, type Route, type Row } from "../engine/types.js";
import { inputText, parseDefinition, type WorkflowSpec } from "./definition.js";
import { mistralList, mistralTime, visible } from "./mistral.js";

/** A workflow as Mistral shows it: `updated_at` only once it was updated, the parsed spec hidden. */
export function workflowView(workflow: Row): Row {
  const { spec: _spec, updated_at, ...shown } = workflow;
  return updated_at ? { ...shown, updated_at } : shown;
}

/** A workflow by id or name, visible to the caller, or Mistral's 404. */
export function findWorkflow(ctx: Ctx, ident: string, namespace = ""): Row {
  const found = visible(ctx, ctx.cloud.state.workflows).find(
    (w) => w["id"] === ident || (w["name"] === ident && w["namespace"] === namespace),
  );
  return found ?? fail(404, `Workflow not found [workflow_identifier=${ident}, namespace=${namespace}]`);
}

function fields(spec: WorkflowSpec, definition: string): Row {
  return {
    input: inputText(spec),
    interface: { input: spec.input, output: Object.keys(spec.output) },
    definition,
    spec,
  };
}

/** Mistral's workflows: made and updated from YAML text, read by id or name, listed, validated, deleted. */
export function workflowRoutes(): Route[] {
  const text = async (ctx: Ctx) => new TextDecoder().decode(await ctx.bytes());
  return [
    {
      method: "GET",
      path: "v2/workflows",
      handle: (ctx) =>
        json(mistralList(ctx, visible(ctx, ctx.cloud.state.workflows), "workflows", ["name", "scope"], workflowView)),
    },
    {
      method: "POST",
      path: "v2/workflows",
      handle: async (ctx) => {
        const definition = await text(ctx);
        const specs = parseDefinition(definition);
        const namespace = ctx.query.get("namespace") ?? "";
        const project = authOf(ctx).projectId;
        const mine = ctx.cloud.state.workflows.filter((w) => w["project_id"] === project);
        for (const spec of specs) {
          if (mine.some((w) => w["name"] === spec.name && w["namespace"] === namespace))
            fail(
              409,
              `Duplicate entry for WorkflowDefinition ['name', 'namespace', 'project_id']: ${spec.name}, ${namespace}, None`,
            );
        }
        const made = specs.map((spec) => ({
          id: uuid(),
          name: spec.name,
          namespace,
          ...fields(spec, definition),
          tags: [],
          scope: ctx.query.get("scope") ?? "private",
          project_id: project,
          created_at: mistralTime(ctx.cloud.now()),
          updated_at: null,
        }));
        ctx.cloud.state.workflows.push(...made);
        return json({ workflows: made.map(workflowView) }, 201);
      },
    },
    {
      method: "PUT",
      path: "v2/workflows",
      handle: async (ctx) => {
        const definition = await text(ctx);
        const namespace = ctx.query.get("namespace") ?? "";
        const updated = parseDefinition(definition).map((spec) => {
          const workflow = findWorkflow(ctx, spec.name, namespace);
          return Object.assign(workflow, fields(spec, definition), { updated_at: mistralTime(ctx.cloud.now()) });
        });
        return json({ workflows: updated.map(workflowView) });
      },
    },
    {
      method: "POST",
      path: "v2/workflows/validate",
      handle: async (ctx) => {
        try {
          parseDefinition(await text(ctx));
          return json({ valid: true });
        } catch (error) {
          return json({ valid: false, error: error instanceof Error ? error.message : String(error) });
        }
      },
    },
    {
      method: "GET",
      path: "v2/workflows/:ident",
      handle: (ctx) => json(workflowView(findWorkflow(ctx, ctx.params["ident"]!, ctx.query.get("namespace") ?? ""))),
    },
    {
      method: "DELETE",
      path: "v2/workflows/:ident",
      handle: (ctx) => {
        const workflow = findWorkflow(ctx, ctx.params["ident"]!, ctx.query.get("namespace") ?? "");
        const { state } = ctx.cloud;
        state.workflows = state.workflows.filter((w) => w !== workflow);
        return empty(204);
      },
    },
  ];
}
