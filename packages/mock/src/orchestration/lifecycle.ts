// A stack's actions as the fake engine runs them: everything IN_PROGRESS at once, COMPLETE
// (or gone) after the cloud's delay, each change of state recorded as an event.
import { randomHex, uuid } from "../engine/ids.js";
import type { Ctx, Row } from "../engine/types.js";
import { resolve, type Scope, Unresolvable } from "./functions.js";
import { heatTime } from "./heat.js";
import { resourcesOf } from "./template.js";

type Action = "CREATE" | "UPDATE" | "DELETE" | "SUSPEND" | "RESUME" | "CHECK";

let sequence = 0;

/** The stack's resources, by name. */
export function resourcesOfStack(ctx: Ctx, stack: Row): Row[] {
  return ctx.cloud.state.stackResources.filter((r) => r["stack_id"] === stack.id);
}

export function scopeOf(ctx: Ctx, stack: Row): Scope {
  return {
    parameters: stack["_parameters"] as Row,
    resources: new Map(resourcesOfStack(ctx, stack).map((r) => [String(r["resource_name"]), r])),
  };
}

/** Records one change of state, of a resource or (with no resource) of the stack itself. */
function record(ctx: Ctx, stack: Row, status: string, reason: string, resource?: Row): void {
  ctx.cloud.state.stackEvents.push({
    id: uuid(),
    stack_id: stack.id,
    event_time: heatTime(ctx.cloud.now()),
    resource_name: resource ? resource["resource_name"] : stack["stack_name"],
    logical_resource_id: resource ? resource["resource_name"] : stack["stack_name"],
    physical_resource_id: resource ? resource["physical_resource_id"] : stack.id,
    resource_status: status,
    resource_status_reason: reason,
    resource_type: resource ? resource["resource_type"] : "OS::Heat::Stack",
    resource_properties: resource ? { ...(resource["_properties"] as Row) } : {},
    _sequence: sequence++,
  });
}

function setResource(ctx: Ctx, stack: Row, resource: Row, status: string): void {
  Object.assign(resource, { resource_status: status, updated_time: heatTime(ctx.cloud.now()) });
  record(ctx, stack, status, "state changed", resource);
}

/** The properties of a resource in the template, evaluated; what cannot be evaluated stays as written. */
function propertiesOf(ctx: Ctx, stack: Row, definition: Row): Row {
  const written = (definition["properties"] as Row | undefined) ?? {};
  try {
    return resolve(written, scopeOf(ctx, stack)) as Row;
  } catch (error) {
    if (error instanceof Unresolvable) return written;
    throw error;
  }
}

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** What a finished resource offers to `get_attr`, by type. */
function attributesOf(resource: Row): Row {
  const properties = resource["_properties"] as Row;
  switch (resource["resource_type"]) {
    case "OS::Heat::Value":
      return { value: properties["value"] ?? null };
    case "OS::Heat::RandomString": {
      const length = Number(properties["length"] ?? 32);
      const bytes = crypto.getRandomValues(new Uint8Array(length));
      return { value: Array.from(bytes, (b) => LETTERS[b % LETTERS.length]).join("") };
    }
    default:
      return {};
  }
}

function newResource(ctx: Ctx, stack: Row, name: string, definition: Row): Row {
  const type = String(definition["type"]);
  const resource: Row = {
    stack_id: stack.id,
    resource_name: name,
    logical_resource_id: name,
    resource_type: type,
    physical_resource_id:
      type === "OS::Heat::None" ? uuid() : `${stack["stack_name"]}-${name}-${randomHex(12).toLowerCase()}`,
    resource_status: "INIT_COMPLETE",
    resource_status_reason: "state changed",
    creation_time: heatTime(ctx.cloud.now()),
    updated_time: heatTime(ctx.cloud.now()),
    description: String(definition["description"] ?? ""),
    depends_on: [definition["depends_on"] ?? []].flat().map(String),
    _properties: {},
    _attributes: {},
  };
  ctx.cloud.state.stackResources.push(resource);
  return resource;
}

function setStack(ctx: Ctx, stack: Row, action: Action, status: "IN_PROGRESS" | "COMPLETE"): void {
  const reason = status === "COMPLETE" ? `Stack ${action} completed successfully` : `Stack ${action} started`;
  Object.assign(stack, { stack_status: `${action}_${status}`, stack_status_reason: reason });
  record(ctx, stack, `${action}_${status}`, reason);
}

/**
 * Runs a create or an update of the stack to its (already stored) template and parameters:
 * new resources CREATE, changed ones UPDATE, those no longer in the template DELETE; after
 * the delay every one is finished and the stack `<ACTION>_COMPLETE`. A later action
 * supersedes this one, as Heat's convergence engine lets an update replace a running one.
 */
export function converge(ctx: Ctx, stack: Row, action: "CREATE" | "UPDATE"): void {
  const run = (stack["_run"] = Number(stack["_run"] ?? 0) + 1);
  setStack(ctx, stack, action, "IN_PROGRESS");
  const wanted = resourcesOf(stack["_template"] as Row);
  const existing = new Map(resourcesOfStack(ctx, stack).map((r) => [String(r["resource_name"]), r]));
  const touched: [Row, Action][] = [];
  for (const [name, definition] of Object.entries(wanted)) {
    const current = existing.get(name);
    if (current && current["resource_type"] === definition["type"]) {
      const properties = propertiesOf(ctx, stack, definition);
      current["depends_on"] = [definition["depends_on"] ?? []].flat().map(String);
      if (JSON.stringify(properties) === JSON.stringify(current["_properties"])) continue;
      current["_properties"] = properties;
      setResource(ctx, stack, current, "UPDATE_IN_PROGRESS");
      touched.push([current, "UPDATE"]);
      continue;
    }
    if (current) touched.push([current, "DELETE"]);
    const made = newResource(ctx, stack, name, definition);
    made["_properties"] = propertiesOf(ctx, stack, definition);
    setResource(ctx, stack, made, "CREATE_IN_PROGRESS");
    touched.push([made, "CREATE"]);
  }
  for (const [name, current] of existing)
    if (!(name in wanted)) {
      setResource(ctx, stack, current, "DELETE_IN_PROGRESS");
      touched.push([current, "DELETE"]);
    }
  ctx.cloud.later(() => {
    if (stack["_run"] !== run) return;
    for (const [resource, step] of touched) finish(ctx, stack, resource, step);
    // What a superseded action left running finishes with this one.
    for (const resource of resourcesOfStack(ctx, stack)) {
      const step = /^(CREATE|UPDATE|DELETE|SUSPEND|RESUME|CHECK)_IN_PROGRESS$/.exec(
        String(resource["resource_status"]),
      )?.[1];
      if (step) finish(ctx, stack, resource, step as Action);
    }
    setStack(ctx, stack, action, "COMPLETE");
  });
}

function finish(ctx: Ctx, stack: Row, resource: Row, step: Action): void {
  if (step === "DELETE") {
    setResource(ctx, stack, resource, "DELETE_COMPLETE");
    const rows = ctx.cloud.state.stackResources;
    rows.splice(rows.indexOf(resource), 1);
    return;
  }
  if (step === "CREATE" || step === "UPDATE") resource["_attributes"] = attributesOf(resource);
  setResource(ctx, stack, resource, `${step}_COMPLETE`);
}

/** Deletes the stack's resources, then the stack: kept as DELETE_COMPLETE, as Heat shows it by id. */
export function destroy(ctx: Ctx, stack: Row): void {
  const run = (stack["_run"] = Number(stack["_run"] ?? 0) + 1);
  stack["updated_time"] = heatTime(ctx.cloud.now());
  setStack(ctx, stack, "DELETE", "IN_PROGRESS");
  const resources = resourcesOfStack(ctx, stack);
  for (const resource of resources) setResource(ctx, stack, resource, "DELETE_IN_PROGRESS");
  ctx.cloud.later(() => {
    if (stack["_run"] !== run) return;
    for (const resource of resources) finish(ctx, stack, resource, "DELETE");
    setStack(ctx, stack, "DELETE", "COMPLETE");
    Object.assign(stack, { deleted: true, deletion_time: heatTime(ctx.cloud.now()) });
  });
}

/**
 * Suspends, resumes or checks every resource and the stack: `<ACTION>_IN_PROGRESS`, then
 * `<ACTION>_COMPLETE` after the delay. (The fake's resources have nothing to suspend or check.)
 */
export function act(ctx: Ctx, stack: Row, action: "SUSPEND" | "RESUME" | "CHECK"): void {
  const run = (stack["_run"] = Number(stack["_run"] ?? 0) + 1);
  setStack(ctx, stack, action as Action, "IN_PROGRESS");
  const resources = resourcesOfStack(ctx, stack);
  for (const resource of resources) setResource(ctx, stack, resource, `${action}_IN_PROGRESS`);
  ctx.cloud.later(() => {
    if (stack["_run"] !== run) return;
    for (const resource of resources) setResource(ctx, stack, resource, `${action}_COMPLETE`);
    setStack(ctx, stack, action as Action, "COMPLETE");
  });
}

/** Seeds: a stack made at once, every resource CREATE_COMPLETE. */
export function createAtOnce(ctx: Ctx, stack: Row): void {
  converge(ctx, stack, "CREATE");
  for (const resource of resourcesOfStack(ctx, stack)) finish(ctx, stack, resource, "CREATE");
  stack["_run"] = Number(stack["_run"]) + 1;
  setStack(ctx, stack, "CREATE", "COMPLETE");
}
