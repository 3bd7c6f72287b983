// What is under a stack's canonical path: its resources, events, outputs, template,
// environment and files.
import { json } from "../engine/respond.js";
import type { Ctx, Route, Row } from "../engine/types.js";
import { canonicalUrl, heatError, stackAt } from "./heat.js";
import { resourcesOfStack } from "./lifecycle.js";
import { outputOf } from "./stack-view.js";
import { outputsOf } from "./template.js";

const CANONICAL = "v1/:project_id/stacks/:stack_name/:stack_id";
const truthy = (value: string | null) => value !== null && ["true", "1", "yes", "on"].includes(value.toLowerCase());

function resourceView(ctx: Ctx, stack: Row, resource: Row, detail: boolean): Row {
  const stackUrl = canonicalUrl(ctx, stack);
  const name = String(resource["resource_name"]);
  const siblings = resourcesOfStack(ctx, stack);
  return {
    updated_time: resource["updated_time"],
    creation_time: resource["creation_time"],
    logical_resource_id: name,
    resource_name: name,
    physical_resource_id: resource["physical_resource_id"],
    resource_status: resource["resource_status"],
    resource_status_reason: resource["resource_status_reason"],
    resource_type: resource["resource_type"],
    links: [
      { href: `${stackUrl}/resources/${encodeURIComponent(name)}`, rel: "self" },
      { href: stackUrl, rel: "stack" },
    ],
    required_by: siblings.filter((r) => (r["depends_on"] as string[]).includes(name)).map((r) => r["resource_name"]),
    ...(detail && { description: resource["description"], attributes: resource["_attributes"] }),
  };
}

/** Resource filters: several values of one name match any. */
const RESOURCE_FILTERS: Record<string, (r: Row, v: string) => boolean> = {
  name: (r, v) => r["resource_name"] === v,
  type: (r, v) => r["resource_type"] === v,
  status: (r, v) => String(r["resource_status"]).split("_").slice(1).join("_") === v,
  action: (r, v) => String(r["resource_status"]).split("_")[0] === v,
  physical_resource_id: (r, v) => r["physical_resource_id"] === v,
};

function listResources(ctx: Ctx): Response {
  const stack = stackAt(ctx, true);
  let rows = resourcesOfStack(ctx, stack);
  for (const [name, test] of Object.entries(RESOURCE_FILTERS)) {
    const values = ctx.query.getAll(name);
    if (values.length > 0) rows = rows.filter((r) => values.some((v) => test(r, v)));
  }
  const detail = truthy(ctx.query.get("with_detail"));
  return json({ resources: rows.map((r) => resourceView(ctx, stack, r, detail)) });
}

function resourceNamed(ctx: Ctx, stack: Row): Row {
  const name = ctx.params["resource_name"]!;
  const found = resourcesOfStack(ctx, stack).find((r) => r["resource_name"] === name);
  if (!found)
    throw heatError(
      404,
      "ResourceNotFound",
      `The Resource (${name}) could not be found in Stack ${stack["stack_name"]}.`,
    );
  return found;
}

function eventView(ctx: Ctx, stack: Row, event: Row, detail: boolean): Row {
  const resourceUrl = `${canonicalUrl(ctx, stack)}/resources/${encodeURIComponent(event["resource_name"])}`;
  return {
    id: event.id,
    links: [
      { href: `${resourceUrl}/events/${event.id}`, rel: "self" },
      { href: resourceUrl, rel: "resource" },
      { href: canonicalUrl(ctx, stack), rel: "stack" },
    ],
    event_time: event["event_time"],
    logical_resource_id: event["logical_resource_id"],
    resource_name: event["resource_name"],
    physical_resource_id: event["physical_resource_id"],
    resource_status: event["resource_status"],
    resource_status_reason: event["resource_status_reason"],
    ...(detail && { resource_type: event["resource_type"], resource_properties: event["resource_properties"] }),
  };
}

const EVENT_FILTERS: Record<string, (e: Row, v: string) => boolean> = {
  resource_name: (e, v) => e["resource_name"] === v,
  resource_type: (e, v) => e["resource_type"] === v,
  resource_status: (e, v) => String(e["resource_status"]).split("_").slice(1).join("_") === v,
  resource_action: (e, v) => String(e["resource_status"]).split("_")[0] === v,
};

/** A stack's events (or one resource's), newest first as Heat lists them by default; `limit` and `marker` page. */
function listEvents(ctx: Ctx): Response {
  const stack = stackAt(ctx, true);
  const resource = ctx.params["resource_name"];
  let events = ctx.cloud.state.stackEvents.filter(
    (e) => e["stack_id"] === stack.id && (resource === undefined || e["resource_name"] === resource),
  );
  if (resource !== undefined && events.length === 0)
    throw heatError(404, "HTTPNotFound", `No events found for resource ${resource}`);
  for (const [name, test] of Object.entries(EVENT_FILTERS)) {
    const values = ctx.query.getAll(name);
    if (values.length > 0) events = events.filter((e) => values.some((v) => test(e, v)));
  }
  events = [...events].sort((a, b) => a["_sequence"] - b["_sequence"]);
  if ((ctx.query.get("sort_dir") ?? "desc").toLowerCase() === "desc") events.reverse();
  const marker = ctx.query.get("marker");
  if (marker) events = events.slice(events.findIndex((e) => e.id === marker) + 1);
  const limit = Number(ctx.query.get("limit") ?? 0);
  if (limit > 0) events = events.slice(0, limit);
  return json({ events: events.map((e) => eventView(ctx, stack, e, false)) });
}

function showEvent(ctx: Ctx): Response {
  const stack = stackAt(ctx, true);
  const id = ctx.params["event_id"];
  const event = ctx.cloud.state.stackEvents.find(
    (e) => e.id === id && e["stack_id"] === stack.id && e["resource_name"] === ctx.params["resource_name"],
  );
  if (!event) throw heatError(404, "HTTPNotFound", `No event ${id} found`);
  return json({ event: eventView(ctx, stack, event, true) });
}

function showOutput(ctx: Ctx): Response {
  const stack = stackAt(ctx);
  const key = ctx.params["output_key"]!;
  const definition = outputsOf(stack["_template"] as Row)[key];
  if (!definition) throw heatError(404, "NotFound", `Specified output key ${key} not found.`);
  return json({ output: outputOf(ctx, stack, key, definition) });
}

export function stackPartRoutes(): Route[] {
  const hidden = (field: string) => (ctx: Ctx) => json(stackAt(ctx, true)[field]);
  return [
    { method: "GET", path: `${CANONICAL}/resources`, handle: listResources },
    {
      method: "GET",
      path: `${CANONICAL}/resources/:resource_name`,
      handle: (ctx) => {
        const stack = stackAt(ctx, true);
        return json({ resource: resourceView(ctx, stack, resourceNamed(ctx, stack), true) });
      },
    },
    { method: "GET", path: `${CANONICAL}/events`, handle: listEvents },
    { method: "GET", path: `${CANONICAL}/resources/:resource_name/events`, handle: listEvents },
    { method: "GET", path: `${CANONICAL}/resources/:resource_name/events/:event_id`, handle: showEvent },
    {
      method: "GET",
      path: `${CANONICAL}/outputs`,
      handle: (ctx) => {
        const stack = stackAt(ctx);
        const listed = Object.entries(outputsOf(stack["_template"] as Row)).map(([key, definition]) => ({
          output_key: key,
          description: definition["description"] ?? "No description given",
        }));
        return json({ outputs: listed });
      },
    },
    { method: "GET", path: `${CANONICAL}/outputs/:output_key`, handle: showOutput },
    { method: "GET", path: `${CANONICAL}/template`, handle: hidden("_template") },
    { method: "GET", path: `${CANONICAL}/environment`, handle: hidden("_environment") },
    { method: "GET", path: `${CANONICAL}/files`, handle: hidden("_files") },
  ];
}
