// Heat's stack routes: the collection, the lookup that redirects a name or an id to the
// canonical `stacks/{stack_name}/{id}`, and show, update (PUT and PATCH) and delete there.
import { empty, json } from "../engine/respond.js";
import type { Ctx, Route, Row } from "../engine/types.js";
import { accepted, canonicalUrl, heatError, lookupStack, redirectTo, stackAt } from "./heat.js";
import { act, converge, destroy } from "./lifecycle.js";
import { listStacks } from "./stack-list.js";
import { applyUpdate, newStack } from "./stack-body.js";
import { fullView } from "./stack-view.js";

const STACKS = "v1/:project_id/stacks";
const CANONICAL = `${STACKS}/:stack_name/:stack_id`;

/** The paths under a stack that Heat's lookup redirects when the stack is named alone (GET). */
const LOOKUP_SUBPATHS = ["resources", "events", "template", "actions", "environment", "files"];

async function bodyOf(ctx: Ctx): Promise<Row> {
  const body = await ctx.body();
  if (typeof body !== "object" || body === null || Array.isArray(body))
    throw heatError(400, "HTTPBadRequest", "The request body must be a JSON object");
  return body;
}

async function create(ctx: Ctx): Promise<Response> {
  const stack = newStack(await bodyOf(ctx), ctx);
  ctx.cloud.state.stacks.push(stack);
  converge(ctx, stack, "CREATE");
  const location = canonicalUrl(ctx, stack);
  return json({ stack: { id: stack.id, links: [{ href: location, rel: "self" }] } }, 201, { Location: location });
}

async function update(ctx: Ctx, patch: boolean): Promise<Response> {
  const stack = stackAt(ctx);
  applyUpdate(stack, await bodyOf(ctx), patch, ctx);
  converge(ctx, stack, "UPDATE");
  return accepted();
}

function remove(ctx: Ctx): Response {
  const stack = stackAt(ctx);
  // A second delete while the first runs is accepted, as Heat accepts it.
  if (stack["stack_status"] !== "DELETE_IN_PROGRESS") destroy(ctx, stack);
  return empty(204);
}

/** POST …/actions: `{"suspend": null}`, `{"resume": null}` or `{"check": null}`, one at a time. */
async function action(ctx: Ctx): Promise<Response> {
  const stack = stackAt(ctx);
  const names = Object.keys(await bodyOf(ctx));
  if (names.length === 0) throw heatError(400, "HTTPBadRequest", "No action specified");
  if (names.length > 1) throw heatError(400, "HTTPBadRequest", "Multiple actions specified");
  const name = names[0]!;
  if (name === "cancel_update" || name === "cancel_without_rollback")
    throw heatError(
      400,
      "HTTPBadRequest",
      `The fake cloud does not cancel updates (${name}): its updates finish after the cloud's delay`,
    );
  if (name !== "suspend" && name !== "resume" && name !== "check")
    throw heatError(400, "HTTPBadRequest", `Invalid action ${name} specified`);
  act(ctx, stack, name.toUpperCase() as "SUSPEND" | "RESUME" | "CHECK");
  return json(null);
}

export function stackRoutes(): Route[] {
  return [
    { method: "GET", path: STACKS, handle: listStacks },
    { method: "POST", path: STACKS, handle: create },
    ...LOOKUP_SUBPATHS.map(
      (sub): Route => ({
        method: "GET",
        path: `${STACKS}/:stack_name/${sub}`,
        handle: (ctx) => redirectTo(`${canonicalUrl(ctx, lookupStack(ctx, ctx.params["stack_name"]!))}/${sub}`, ctx),
      }),
    ),
    {
      method: ["GET", "POST", "PUT", "PATCH", "DELETE"],
      path: `${STACKS}/:stack_name`,
      handle: (ctx) => redirectTo(canonicalUrl(ctx, lookupStack(ctx, ctx.params["stack_name"]!)), ctx),
    },
    { method: "GET", path: CANONICAL, handle: (ctx) => json({ stack: fullView(ctx, stackAt(ctx, true)) }) },
    { method: "PUT", path: CANONICAL, handle: (ctx) => update(ctx, false) },
    { method: "PATCH", path: CANONICAL, handle: (ctx) => update(ctx, true) },
    { method: "DELETE", path: CANONICAL, handle: remove },
    { method: "POST", path: `${CANONICAL}/actions`, handle: action },
  ];
}
