// Keystone's wording, links and policy refusals, shared by its collections and routes.
import { ApiError } from "../engine/api-error.js";
import type { CrudVerb } from "../engine/collection.js";
import type { Ctx, Row } from "../engine/types.js";

/** `Could not find project: abc.` */
export const notFound = (kind: string) => (id: string) => new ApiError(404, `Could not find ${kind}: ${id}.`);

/** Keystone's 409 for a name or id already taken. */
export const conflict = (kind: string, detail: string) =>
  new ApiError(409, `Conflict occurred attempting to store ${kind} - ${detail}`);

/** `You are not authorized to perform the requested action: identity:list_projects.` */
export const policyRefusal = (action: string) =>
  new ApiError(403, `You are not authorized to perform the requested action: identity:${action}.`);

/** The refusal for a verb on a collection (`list_projects`, `get_project`, …). */
export const forbiddenFor = (singular: string, plural: string) => (verb: CrudVerb) =>
  policyRefusal(verb === "list" ? `list_${plural}` : `${verb}_${singular}`);

/** The v3 root of the fake Keystone. */
export const v3 = (ctx: Ctx) => `${ctx.serviceUrl}/v3`;

/** An item as Keystone shows it: the stored fields (secrets left out) and `links.self`. */
export const withSelf =
  (collection: string, hidden: readonly string[] = []) =>
  (item: Row, ctx: Ctx): Row => {
    const shown: Row = { ...item };
    for (const field of hidden) delete shown[field];
    shown["links"] = { self: `${v3(ctx)}/${collection}/${item.id}` };
    return shown;
  };

/** 403 unless the token holds the admin role. */
export function requireAdmin(ctx: Ctx, action: string): void {
  if (!ctx.auth?.isAdmin) throw policyRefusal(action);
}
