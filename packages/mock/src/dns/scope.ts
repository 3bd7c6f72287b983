import type { CollectionSpec } from "../engine/collection.js";
import { crudRoutes, findItem, rowsOf, viewOf } from "../engine/crud.js";
import { json } from "../engine/respond.js";
import type { Ctx, Route, Row } from "../engine/types.js";

const truthy = (value: string | null) => value !== null && ["true", "1", "yes"].includes(value.toLowerCase());

/**
 * An admin who sends `X-Auth-All-Projects: true` sees every project's objects; without it,
 * Designate shows even an admin only the token's project (a list, and a get by id alike).
 */
export const allProjects = (ctx: Ctx): boolean =>
  ctx.auth?.isAdmin === true && truthy(ctx.request.headers.get("x-auth-all-projects"));

/** The project an admin acts as with `X-Auth-Sudo-Project-Id` (it sees and makes that project's objects); else the token's. */
export const projectOf = (ctx: Ctx): string | undefined =>
  (ctx.auth?.isAdmin === true && ctx.request.headers.get("x-auth-sudo-project-id")) || ctx.auth?.projectId;

/** Whether the caller sees an object owned by `project_id`: its project (or sudo's), or everything with the header. */
export const seesProject = (item: Row, ctx: Ctx): boolean => item["project_id"] === projectOf(ctx) || allProjects(ctx);

/**
 * Who sees a collection's items in a list: exactly what {@link seesProject} allows (the
 * engine's owner check alone would keep an admin's own items under sudo).
 */
export const designateAccess = {
  access: { owner: ["project_id"], admin: "all_tenants", sharedWith: seesProject },
  listedByDefault: seesProject,
} as const satisfies Partial<CollectionSpec>;

/**
 * Designate refuses the project headers from a non-admin with a bare 403 (no JSON body, as
 * its policy check answers before the API's error handling), whatever the route.
 */
export function refusingScopeHeaders(route: Route): Route {
  return {
    ...route,
    handle: (ctx) => {
      const headers = ctx.request.headers;
      const asked = truthy(headers.get("x-auth-all-projects")) || headers.has("x-auth-sudo-project-id");
      if (ctx.auth && !ctx.auth.isAdmin && asked)
        return new Response("", { status: 403, headers: { "Content-Type": "text/html; charset=utf-8" } });
      return route.handle(ctx);
    },
  };
}

/**
 * The collection's CRUD routes with Designate's visibility: the engine lets an admin get any
 * item by id, Designate answers 404 outside the token's project unless all projects are asked
 * for. `sees` decides, per item, for the routes that name one.
 */
export function designateRoutes(spec: CollectionSpec, sees: (item: Row, ctx: Ctx) => boolean = seesProject): Route[] {
  return crudRoutes(spec).map((route) =>
    route.path.endsWith("/:id")
      ? {
          ...route,
          handle: (ctx) => {
            const item = rowsOf(spec, ctx).find((row) => row.id === ctx.params["id"]);
            if (item && !sees(item, ctx)) throw spec.notFound(ctx.params["id"]!, ctx);
            return route.handle(ctx);
          },
        }
      : route,
  );
}

/**
 * Designate's delete of a zone or recordset: 202 with the object itself, PENDING with action
 * DELETE (`mark` also runs the object's cleanups), and gone after the cloud's delay.
 */
export function pendingDelete(spec: CollectionSpec, mark: (item: Row, ctx: Ctx) => void): Route {
  return {
    method: "DELETE",
    path: `${spec.path}/:id`,
    handle: (ctx) => {
      const item = findItem(spec, ctx);
      if (!seesProject(item, ctx)) throw spec.notFound(item.id, ctx);
      mark(item, ctx);
      const rows = rowsOf(spec, ctx);
      ctx.cloud.later(() => {
        const index = rows.indexOf(item);
        if (index >= 0) rows.splice(index, 1);
      });
      return json(viewOf(spec, item, ctx), 202);
    },
  };
}
