// Keystone's regions, services and endpoints: the catalog, declared as data.
import { ApiError } from "../engine/api-error.js";
import type { CollectionSpec } from "../engine/collection.js";
import { hexId } from "../engine/ids.js";
import type { Ctx, Row } from "../engine/types.js";
import { conflict, forbiddenFor, notFound, withSelf } from "./keystone.js";

const keystone = {
  paging: "keystone",
  unknownFilters: "ignore",
  updateMethod: "PATCH",
  verbs: ["list", "get", "create", "update", "delete"],
} as const;

/** Reading the catalog is open to every token; changing it is the admin's. */
const catalogAccess = (singular: string, plural: string) => ({
  admin: "all" as const,
  adminOnly: "write" as const,
  forbidden: forbiddenFor(singular, plural),
});

export const regions: CollectionSpec = {
  ...keystone,
  state: "regions",
  path: "v3/regions",
  key: "region",
  pluralKey: "regions",
  filters: { parent_region_id: "exact" },
  access: catalogAccess("region", "regions"),
  notFound: notFound("region"),
  build: (input, ctx) => {
    const id = (input["id"] as string | undefined) ?? hexId();
    if (ctx.cloud.state.regions.some((r) => r.id === id)) throw conflict("region", `Duplicate ID, ${id}.`);
    return { description: "", parent_region_id: null, ...input, id };
  },
  view: withSelf("regions"),
};

export const services: CollectionSpec = {
  ...keystone,
  state: "services",
  path: "v3/services",
  key: "service",
  pluralKey: "services",
  filters: { name: "exact", type: "exact" },
  access: catalogAccess("service", "services"),
  notFound: notFound("service"),
  build: (input) => {
    if (typeof input["type"] !== "string")
      throw new ApiError(400, "Invalid input for field 'type': a service needs a type.");
    return { id: hexId(), enabled: true, ...input };
  },
  view: withSelf("services"),
  remove: (item, ctx: Ctx) => {
    const { state } = ctx.cloud;
    state.endpoints = state.endpoints.filter((e) => e.service_id !== item.id);
    return "now";
  },
};

const INTERFACES = ["public", "internal", "admin"];

export const endpoints: CollectionSpec = {
  ...keystone,
  state: "endpoints",
  path: "v3/endpoints",
  key: "endpoint",
  pluralKey: "endpoints",
  filters: { interface: "exact", service_id: "exact", region_id: "exact" },
  access: catalogAccess("endpoint", "endpoints"),
  notFound: notFound("endpoint"),
  build: (input, ctx) => {
    if (!INTERFACES.includes(String(input["interface"]))) {
      throw new ApiError(
        400,
        `Invalid input for field 'interface': '${String(input["interface"])}' does not match '^(?:admin|internal|public)$'`,
      );
    }
    if (!ctx.cloud.state.services.some((s) => s.id === input["service_id"]))
      throw new ApiError(400, `Could not find service: ${String(input["service_id"])}.`);
    const { region, ...rest } = input;
    return { id: hexId(), enabled: true, region_id: region ?? null, ...rest };
  },
  // Keystone still prints the region id under its old name, `region`, as well.
  view: (item: Row, ctx: Ctx) => ({ ...withSelf("endpoints")(item, ctx), region: item["region_id"] }),
};
