import * as v from "valibot";
import { MANILA_MAX } from "../shared.js";

/** One project allowed to use a private type. */
const ProjectAccess = v.looseObject({ project_id: v.string() });

/** The projects a private share type or share group type is open to, at `path` (answer key `key`). */
/* @__NO_SIDE_EFFECTS__ */
export function listProjectAccess<P extends string>(path: P, key: string) {
  return {
    method: "GET",
    path,
    returns: "json",
    resultKey: key,
    schema: v.array(ProjectAccess),
    maxMicroversion: MANILA_MAX,
  } as const;
}

/** Opens (`addProjectAccess`) or closes (`removeProjectAccess`) a private type to a project, on its `…/action` path. */
/* @__NO_SIDE_EFFECTS__ */
export function projectAccessChange<P extends string>(path: P, change: "addProjectAccess" | "removeProjectAccess") {
  return {
    method: "POST",
    path,
    body: (a: { project: string }) => ({ [change]: { project: a.project } }),
    maxMicroversion: MANILA_MAX,
  } as const;
}
