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

/** Whether the caller sees an object owned by `project_id`: its project, or everything with the header. */
export const seesProject = (item: Row, ctx: Ctx): boolean =>
  item["project_id"] === ctx.auth?.projectId || allProjects(ctx);

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
