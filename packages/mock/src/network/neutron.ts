// What every Neutron resource shares: standard attributes, errors in Neutron's words, defaults.
import { ApiError } from "../engine/api-error.js";
import type { CollectionSpec } from "../engine/collection.js";
import type { Filter } from "../engine/filters.js";
import { isoSeconds } from "../engine/time.js";
import type { Ctx, Row } from "../engine/types.js";

/** `{"NeutronError": {"type": "NetworkNotFound", "message": "Network x could not be found."}}` */
export const notFound = (resource: string) => (id: string) =>
  new ApiError(404, `${resource} ${id} could not be found.`, { type: `${resource.replace(/ /g, "")}NotFound` });

export const conflict = (type: string, message: string) => new ApiError(409, message, { type });

export const badRequest = (message: string) =>
  new ApiError(400, `Invalid input for operation: ${message}`, { type: "InvalidInput" });

/** Standard attributes of every Neutron resource: tags, description, times, revision. */
export function standardFields(ctx: Ctx): Row {
  const now = isoSeconds(ctx.cloud.now());
  return { description: "", tags: [], created_at: now, updated_at: now, revision_number: 0 };
}

const STANDARD = ["description", "tags", "project_id", "tenant_id"];

/** Filters every Neutron list accepts. */
export const standardFilters: Record<string, Filter> = {
  id: "exact",
  name: "exact",
  description: "exact",
  project_id: "exact",
  tenant_id: "exact",
  revision_number: "exact",
  tags: "tags",
  "tags-any": "tags-any",
  "not-tags": "not-tags",
  "not-tags-any": "not-tags-any",
};

/** The parts of a Neutron collection that are the same for all of them. */
export function neutronCollection(resource: string, fields: { create: readonly string[]; update: readonly string[] }) {
  return {
    paging: "neutron",
    unknownFilters: "reject",
    bulk: true,
    verbs: ["list", "get", "create", "update", "delete"],
    notFound: notFound(resource),
    creatable: [...STANDARD, "name", ...fields.create],
    updatable: ["name", "description", ...fields.update],
    unknownField: (names: string[], verb: "create" | "update") =>
      verb === "create"
        ? new ApiError(400, `Unrecognized attribute(s) '${names.join(", ")}'`, { type: "HTTPBadRequest" })
        : new ApiError(400, `Cannot update read-only attribute ${names[0]}`, { type: "HTTPBadRequest" }),
    touch: (item: Row, ctx: Ctx) => {
      item["revision_number"] = (item["revision_number"] ?? 0) + 1;
      item["updated_at"] = isoSeconds(ctx.cloud.now());
    },
  } satisfies Partial<CollectionSpec>;
}

/** The owner fields Neutron fills from the token: both names, kept equal. */
export const OWNER = ["project_id", "tenant_id"] as const;

/** Bumps an item's revision, as Neutron does when a child changes it (a network gaining a subnet). */
export function bump(item: Row, ctx: Ctx): void {
  item["revision_number"] = (item["revision_number"] ?? 0) + 1;
  item["updated_at"] = isoSeconds(ctx.cloud.now());
}
