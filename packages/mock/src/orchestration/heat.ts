// Heat's wording, times, links, and how a request names a stack.
import { ApiError } from "../engine/api-error.js";
import { isoSeconds } from "../engine/time.js";
import type { Ctx, Row } from "../engine/types.js";

/** Heat's timestamps: `2026-12-06T09:45:49Z`. */
export const heatTime = (ms: number): string => isoSeconds(ms);

/** A refusal in Heat's words: `{"code": 400, …, "error": {"type": "StackValidationFailed", "message": …}}`. */
export const heatError = (status: number, type: string, message: string) => new ApiError(status, message, { type });

export const stackNotFound = (name: string) =>
  heatError(404, "EntityNotFound", `The Stack (${name}) could not be found.`);

/** The project's API root: `<service>/v1/<project_id>`, as the catalog names it. */
export function apiRoot(ctx: Ctx): string {
  return `${ctx.serviceUrl}/v1/${ctx.params["project_id"] ?? ctx.auth?.projectId ?? ""}`;
}

/** A stack's canonical URL, `…/stacks/{stack_name}/{id}`: where Heat redirects, and its `self` link. */
export const canonicalUrl = (ctx: Ctx, stack: Row): string =>
  `${apiRoot(ctx)}/stacks/${encodeURIComponent(stack["stack_name"])}/${stack.id}`;

/** Whether the caller may see the stack: its project's members, and admins. */
export const visible = (stack: Row, ctx: Ctx): boolean =>
  stack["project"] === ctx.auth?.projectId || ctx.auth?.isAdmin === true;

const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

/**
 * The stack `stacks/{name or id}` names, as Heat's lookup finds it: by id (deleted stacks
 * too), else by name among the live ones.
 */
export function lookupStack(ctx: Ctx, nameOrId: string): Row {
  const { stacks } = ctx.cloud.state;
  const byId = UUID.test(nameOrId) ? stacks.find((s) => s.id === nameOrId && visible(s, ctx)) : undefined;
  const found =
    byId ??
    stacks.find(
      (s) => s["stack_name"] === nameOrId && !s["deleted"] && s["project"] === (ctx.auth?.projectId ?? s["project"]),
    );
  if (!found) throw stackNotFound(nameOrId);
  return found;
}

/**
 * The stack of a canonical path `stacks/:stack_name/:stack_id`: found by id, and its name
 * must match (Heat answers 404 for the name otherwise). A deleted stack is shown (as
 * DELETE_COMPLETE) only where Heat shows it: `withDeleted`.
 */
export function stackAt(ctx: Ctx, withDeleted = false): Row {
  const name = ctx.params["stack_name"]!;
  const stack = ctx.cloud.state.stacks.find((s) => s.id === ctx.params["stack_id"]);
  if (!stack || !visible(stack, ctx) || stack["stack_name"] !== name || (stack["deleted"] && !withDeleted))
    throw stackNotFound(name);
  return stack;
}

/** Heat's 202 for an update: an HTML page, as webob writes it. */
export function accepted(): Response {
  const page =
    "<html>\n <head>\n  <title>202 Accepted</title>\n </head>\n <body>\n  <h1>202 Accepted</h1>\n  The request is accepted for processing.<br /><br />\n\n\n\n </body>\n</html>";
  return new Response(page, { status: 202, headers: { "Content-Type": "text/html; charset=UTF-8" } });
}

/** Heat's 302 to a stack's canonical URL (and the rest of the path), the query kept. */
export function redirectTo(location: string, ctx: Ctx): Response {
  const target = ctx.url.search ? `${location}${ctx.url.search}` : location;
  const page = `<html>\n <head>\n  <title>302 Found</title>\n </head>\n <body>\n  <h1>302 Found</h1>\n  The resource was found at <a href="${target}">${target}</a>;\nyou should be redirected automatically.\n\n\n </body>\n</html>`;
  return new Response(page, { status: 302, headers: { Location: target, "Content-Type": "text/html; charset=UTF-8" } });
}
