// What Heat shows of a stack: in full (GET), in a list, and its outputs.
import type { Ctx, Row } from "../engine/types.js";
import { resolve, Unresolvable } from "./functions.js";
import { canonicalUrl } from "./heat.js";
import { scopeOf } from "./lifecycle.js";
import { outputsOf, shownParameters } from "./template.js";

const selfLink = (ctx: Ctx, stack: Row) => [{ href: canonicalUrl(ctx, stack), rel: "self" }];

/** One output with its value; a value the fake cannot evaluate is null with `output_error`, as Heat shows its own failures. */
export function outputOf(ctx: Ctx, stack: Row, key: string, definition: Row): Row {
  const shown: Row = { output_key: key, description: definition["description"] ?? "No description given" };
  try {
    shown["output_value"] = resolve(definition["value"] ?? null, scopeOf(ctx, stack));
  } catch (error) {
    if (!(error instanceof Unresolvable)) throw error;
    shown["output_error"] = error.message;
    shown["output_value"] = null;
  }
  return shown;
}

export function outputsOfStack(ctx: Ctx, stack: Row): Row[] {
  return Object.entries(outputsOf(stack["_template"] as Row)).map(([key, definition]) =>
    outputOf(ctx, stack, key, definition),
  );
}

/** A stack as GET shows it; a deleted one without outputs. `resolve_outputs=false` leaves them out too. */
export function fullView(ctx: Ctx, stack: Row): Row {
  const template = stack["_template"] as Row;
  const description = template["description"] ?? "No description";
  const shown: Row = {
    stack_name: stack["stack_name"],
    id: stack.id,
    links: selfLink(ctx, stack),
    creation_time: stack["creation_time"],
    updated_time: stack["updated_time"],
    deletion_time: stack["deletion_time"],
    notification_topics: [],
    parameters: shownParameters(stack),
    description,
    template_description: description,
    capabilities: [],
    disable_rollback: stack["disable_rollback"],
    timeout_mins: stack["timeout_mins"],
    stack_owner: stack["stack_owner"],
    parent: null,
    stack_user_project_id: stack["stack_user_project_id"],
    tags: stack["tags"] ?? [],
    stack_status: stack["stack_status"],
    stack_status_reason: stack["stack_status_reason"],
  };
  const resolveOutputs = !["false", "0", "no"].includes(String(ctx.query.get("resolve_outputs")).toLowerCase());
  if (!stack["deleted"] && resolveOutputs) shown["outputs"] = outputsOfStack(ctx, stack);
  return shown;
}

/** A stack in a list: fewer fields, `project` for admins, and (as Heat's list) no description. */
export function listView(ctx: Ctx, stack: Row): Row {
  return {
    id: stack.id,
    links: selfLink(ctx, stack),
    ...(ctx.auth?.isAdmin && { project: stack["project"] }),
    stack_name: stack["stack_name"],
    description: "",
    stack_status: stack["stack_status"],
    stack_status_reason: stack["stack_status_reason"],
    creation_time: stack["creation_time"],
    updated_time: stack["updated_time"],
    deletion_time: stack["deletion_time"],
    stack_owner: stack["stack_owner"],
    parent: null,
    stack_user_project_id: stack["stack_user_project_id"],
    tags: stack["tags"] ?? null,
  };
}
