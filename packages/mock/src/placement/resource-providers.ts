import { ApiError } from "../engine/api-error.js";
import type { CollectionSpec } from "../engine/collection.js";
import { uuid } from "../engine/ids.js";
import { atLeast } from "../engine/microversion.js";
import type { Ctx, Row } from "../engine/types.js";

const conflict = (message: string, code: string) => new ApiError(409, message, { code });

/** The links Placement gives a provider, by the microversion that added each. */
function providerLinks(id: string, ctx: Ctx) {
  const base = `/resource_providers/${id}`;
  const all: [string, string][] = [
    ["self", "1.0"],
    ["inventories", "1.0"],
    ["usages", "1.0"],
    ["aggregates", "1.1"],
    ["traits", "1.6"],
    ["allocations", "1.11"],
  ];
  return all
    .filter(([, since]) => atLeast(ctx.microversion, since))
    .map(([rel]) => ({ rel, href: rel === "self" ? base : `${base}/${rel}` }));
}

function view(item: Row, ctx: Ctx): Row {
  const shown: Row = {
    uuid: item["uuid"],
    name: item["name"],
    generation: item["generation"],
    links: providerLinks(item["uuid"], ctx),
  };
  if (atLeast(ctx.microversion, "1.14"))
    Object.assign(shown, {
      parent_provider_uuid: item["parent_provider_uuid"],
      root_provider_uuid: item["root_provider_uuid"],
    });
  return shown;
}

const notFound = (id: string) => new ApiError(404, `No resource provider with uuid ${id} found`);

/** The providers below `id`, and it: Placement's `in_tree`. */
function treeOf(state: Row[], id: string): Set<string> {
  const root = state.find((p) => p["uuid"] === id)?.["root_provider_uuid"];
  return new Set(state.filter((p) => p["root_provider_uuid"] === root).map((p) => p["uuid"] as string));
}

/**
 * Placement's resource providers (no inventories, traits, aggregates or allocations in the
 * fake: filters on those match nothing). Create answers 201 without a body before 1.20,
 * then 200 with the provider; unknown query parameters are refused, as Placement's schema does.
 */
export const resourceProviders: CollectionSpec = {
  state: "resourceProviders",
  path: "resource_providers",
  pluralKey: "resource_providers",
  idField: "uuid",
  verbs: ["list", "get", "create", "update", "delete"],
  paging: "none",
  unknownFilters: "reject",
  filters: {
    name: "exact",
    uuid: "exact",
    in_tree: (item, [id], ctx) => treeOf(ctx.cloud.state.resourceProviders, id ?? "").has(item["uuid"]),
    member_of: () => false,
    resources: () => false,
    required: () => false,
  },
  access: {
    admin: "all",
    adminOnly: "all",
    forbidden: () =>
      new ApiError(403, "Policy does not allow placement:resource_providers to be performed.", {
        code: "placement.undefined_code",
      }),
  },
  statuses: (ctx) => ({ create: atLeast(ctx.microversion, "1.20") ? 200 : 201 }),
  notFound,
  createHeaders: (item, ctx) => ({ Location: `${ctx.serviceUrl}/resource_providers/${item["uuid"]}` }),
  build: (input, ctx) => {
    const { state } = ctx.cloud;
    if (typeof input["name"] !== "string" || input["name"] === "")
      throw new ApiError(400, "JSON does not validate: 'name' is a required property", {
        code: "placement.undefined_code",
      });
    if (state.resourceProviders.some((p) => p["name"] === input["name"])) {
      throw conflict(
        `Conflicting resource provider name: ${input["name"]} already exists.`,
        "placement.duplicate_name",
      );
    }
    const id = (input["uuid"] as string | undefined) ?? uuid();
    if (state.resourceProviders.some((p) => p["uuid"] === id))
      throw conflict(`Conflicting resource provider uuid: ${id} already exists.`, "placement.duplicate_uuid");
    const parentId = (input["parent_provider_uuid"] as string | null | undefined) ?? null;
    const parent = parentId === null ? undefined : state.resourceProviders.find((p) => p["uuid"] === parentId);
    if (parentId !== null && !parent)
      throw new ApiError(400, `parent provider UUID cannot be found: ${parentId}`, {
        code: "placement.undefined_code",
      });
    return {
      uuid: id,
      name: input["name"],
      generation: 0,
      parent_provider_uuid: parentId,
      root_provider_uuid: parent ? parent["root_provider_uuid"] : id,
    };
  },
  updatable: ["name", "parent_provider_uuid"],
  change: (item, input, ctx) => {
    if ("name" in input && ctx.cloud.state.resourceProviders.some((p) => p !== item && p["name"] === input["name"])) {
      throw conflict(
        `Conflicting resource provider name: ${input["name"]} already exists.`,
        "placement.duplicate_name",
      );
    }
    Object.assign(item, input);
  },
  view,
  // A create answers with the provider from 1.20 on; before that, with no body.
  createdView: (item, ctx) => (atLeast(ctx.microversion, "1.20") ? view(item, ctx) : null),
  remove: (item, ctx) => {
    if (ctx.cloud.state.resourceProviders.some((p) => p["parent_provider_uuid"] === item["uuid"])) {
      throw conflict(
        `Unable to delete parent resource provider ${item["uuid"]}: It has child resource providers.`,
        "placement.resource_provider.cannot_delete_parent",
      );
    }
    return "now";
  },
};
