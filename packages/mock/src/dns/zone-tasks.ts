import type { CollectionName } from "../cloud/state.js";
import type { CollectionSpec } from "../engine/collection.js";
import type { Ctx, Row } from "../engine/types.js";
import { badMarker, checkListQuery, notFound, selfLink } from "./designate.js";
import { designateAccess } from "./scope.js";

const TASK_FILTERS = ["status", "message", "zone_id"];

/**
 * A collection of Designate's zone tasks (`zones/tasks/exports`, `…/imports`): listed, read
 * and deleted alike, filtered by status, message and zone; made only by their own routes.
 * `links` gives the links a task adds to its `self` one.
 */
export function zoneTasks(options: {
  state: CollectionName;
  kind: "exports" | "imports";
  notFoundName: "ZoneExport" | "ZoneImport";
  links(task: Row, ctx: Ctx, self: string): Record<string, string>;
}): CollectionSpec {
  const { state, kind, notFoundName, links } = options;
  return {
    state,
    path: `v2/zones/tasks/${kind}`,
    pluralKey: kind,
    verbs: ["list", "get", "delete"],
    paging: "designate",
    unknownFilters: "ignore",
    beforeList: (ctx) => checkListQuery(ctx, TASK_FILTERS),
    filters: { status: "exact", message: "exact", zone_id: "exact" },
    ...designateAccess,
    notFound: notFound(notFoundName),
    badMarker,
    build: () => {
      throw new Error(`zone ${kind} are made by their own routes`);
    },
    view: (task, ctx) => {
      const self = String(selfLink(ctx, `zones/tasks/${kind}/${task.id}`)["self"]);
      return { ...task, links: { self, ...links(task, ctx, self) } };
    },
  };
}
