// The bodies of a stack's create and update, read as Heat reads them.
import { hexId, uuid } from "../engine/ids.js";
import type { Ctx, Row } from "../engine/types.js";
import { heatError, heatTime } from "./heat.js";
import { bindParameters, checkTemplate, parseDocument } from "./template.js";

const NAME = /^[a-zA-Z][a-zA-Z0-9_.-]{0,254}$/;

const isObject = (value: unknown): value is Row => typeof value === "object" && value !== null && !Array.isArray(value);

/** `tags`: Heat takes one comma-separated string (a list too); none is null. */
function tagsOf(value: unknown): string[] | null {
  if (value === undefined || value === null) return null;
  const list = Array.isArray(value) ? value.map(String) : String(value).split(",");
  return list.map((tag) => tag.trim()).filter(Boolean);
}

/** The template of a body; `undefined` when a patch keeps the stack's own. */
function templateOf(body: Row, patch: boolean): Row | undefined {
  if (body["template_url"] !== undefined && body["template"] === undefined)
    throw heatError(
      400,
      "HTTPBadRequest",
      `Could not retrieve template: the fake cloud fetches no template_url (${String(body["template_url"])}); send the template itself`,
    );
  if (body["adopt_stack_data"] !== undefined)
    throw heatError(400, "HTTPBadRequest", "Invalid adopt data: the fake cloud does not adopt stacks");
  if (body["template"] === undefined) {
    if (patch) return undefined;
    throw heatError(400, "HTTPBadRequest", "No template specified");
  }
  const template = parseDocument(body["template"], "Template");
  checkTemplate(template);
  return template;
}

/** The environment's parameters merged under the body's own, as Heat merges them. */
function environmentOf(body: Row): Row {
  const environment = body["environment"] === undefined ? {} : parseDocument(body["environment"], "Environment");
  const parameters = { ...(isObject(environment["parameters"]) ? environment["parameters"] : {}) };
  Object.assign(parameters, isObject(body["parameters"]) ? body["parameters"] : {});
  return {
    resource_registry: { resources: {}, ...(environment["resource_registry"] as Row | undefined) },
    parameters,
    parameter_defaults: (environment["parameter_defaults"] as Row | undefined) ?? {},
    event_sinks: [],
    encrypted_param_names: [],
  };
}

/** A new stack from a create's body, not yet stored; a refusal in Heat's words for what Heat refuses. */
export function newStack(body: Row, ctx: Ctx): Row {
  const name = body["stack_name"];
  if (name === undefined) throw heatError(400, "HTTPBadRequest", "No stack name specified");
  if (typeof name !== "string" || !NAME.test(name))
    throw heatError(
      400,
      "StackValidationFailed",
      `Invalid stack name ${String(name)} must contain only alphanumeric or "_-." characters, must start with alpha and must be 255 characters or less.`,
    );
  const template = templateOf(body, false)!;
  const environment = environmentOf(body);
  const project = ctx.auth?.projectId;
  if (ctx.cloud.state.stacks.some((s) => s["stack_name"] === name && s["project"] === project && !s["deleted"]))
    throw heatError(409, "StackExists", `The Stack (${name}) already exists.`);
  const now = heatTime(ctx.cloud.now());
  return {
    id: uuid(),
    stack_name: name,
    project,
    creation_time: now,
    updated_time: null,
    deletion_time: null,
    disable_rollback: body["disable_rollback"] ?? true,
    timeout_mins: body["timeout_mins"] ?? null,
    stack_owner: ctx.auth?.userName ?? null,
    stack_user_project_id: hexId(),
    tags: tagsOf(body["tags"]),
    stack_status: "INIT_COMPLETE",
    stack_status_reason: "",
    deleted: false,
    _template: template,
    _parameters: bindParameters(template, environment["parameters"] as Row),
    _environment: environment,
    _files: isObject(body["files"]) ? body["files"] : {},
  };
}

/**
 * Applies an update's body to the stack: PUT replaces template, parameters and environment
 * (what is not given goes back to its default), PATCH keeps what is not given and clears
 * `clear_parameters`. Checked in full before anything changes.
 */
export function applyUpdate(stack: Row, body: Row, patch: boolean, ctx: Ctx): void {
  const template = templateOf(body, patch) ?? (stack["_template"] as Row);
  const environment = environmentOf(body);
  if (patch) {
    const kept = { ...((stack["_environment"] as Row)["parameters"] as Row) };
    for (const name of [body["clear_parameters"] ?? []].flat()) delete kept[String(name)];
    environment["parameters"] = { ...kept, ...(environment["parameters"] as Row) };
  }
  const parameters = bindParameters(template, environment["parameters"] as Row);
  Object.assign(stack, {
    _template: template,
    _parameters: parameters,
    _environment: environment,
    _files: isObject(body["files"]) ? body["files"] : patch ? stack["_files"] : {},
    updated_time: heatTime(ctx.cloud.now()),
  });
  if (body["tags"] !== undefined || !patch) stack["tags"] = tagsOf(body["tags"]) ?? (patch ? stack["tags"] : []);
  if (body["timeout_mins"] !== undefined) stack["timeout_mins"] = body["timeout_mins"];
  if (body["disable_rollback"] !== undefined) stack["disable_rollback"] = body["disable_rollback"];
}
