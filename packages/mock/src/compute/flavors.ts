import type { CollectionSpec } from "../engine/collection.js";
import { uuid } from "../engine/ids.js";
import type { Ctx, Row } from "../engine/types.js";
import { links, notFound, policy, since } from "./nova.js";
import { ApiError } from "../engine/api-error.js";

const truthy = (value: string) => ["true", "1", "yes"].includes(value.toLowerCase());

/** What Nova shows of a flavor at the request's microversion. */
function view(item: Row, ctx: Ctx): Row {
  const { description, extra_specs, swap, ...rest } = item;
  return {
    ...rest,
    // Before 2.75 Nova printed a flavor without swap as "".
    swap: swap === 0 && !since(ctx, "2.75") ? "" : swap,
    links: links(ctx, "flavors", item.id),
    ...(since(ctx, "2.55") && { description }),
    ...(since(ctx, "2.61") && { extra_specs }),
  };
}

export const flavors: CollectionSpec = {
  state: "flavors",
  path: "v2.1/flavors",
  key: "flavor",
  pluralKey: "flavors",
  detailList: true,
  verbs: ["list", "get", "create", "update", "delete"],
  paging: "nova",
  // Nova orders flavors by their flavor id.
  order: { field: "id" },
  unknownFilters: "ignore",
  filters: {
    is_public: (item, [value], ctx) =>
      value === undefined || value.toLowerCase() === "none"
        ? item["os-flavor-access:is_public"] === true || ctx.auth?.isAdmin === true
        : item["os-flavor-access:is_public"] === truthy(value),
    minRam: (item, [value]) => item["ram"] >= Number(value),
    minDisk: (item, [value]) => item["disk"] >= Number(value),
  },
  access: { admin: "all", adminOnly: "write", forbidden: (verb) => policy(`os_compute_api:os-flavor-manage:${verb}`) },
  statuses: { create: 200, delete: 202 },
  notFound: notFound("Flavor"),
  build: (input, ctx) => {
    for (const field of ["name", "ram", "vcpus", "disk"]) {
      if (input[field] === undefined)
        throw new ApiError(
          400,
          `Invalid input for field/attribute flavor. Value: ${JSON.stringify(input)}. '${field}' is a required property`,
        );
    }
    if (ctx.cloud.state.flavors.some((f) => f["name"] === input["name"]))
      throw new ApiError(409, `Flavor with name ${input["name"]} already exists.`);
    const id =
      input["id"] === undefined || input["id"] === null || input["id"] === "auto" ? uuid() : String(input["id"]);
    if (ctx.cloud.state.flavors.some((f) => f.id === id))
      throw new ApiError(409, `Flavor with ID ${id} already exists.`);
    return {
      "OS-FLV-EXT-DATA:ephemeral": 0,
      "OS-FLV-DISABLED:disabled": false,
      "os-flavor-access:is_public": true,
      rxtx_factor: 1.0,
      swap: 0,
      description: null,
      extra_specs: {},
      ...input,
      id,
    };
  },
  // Only the description changes (2.55).
  updatable: ["description"],
  unknownField: (names) =>
    new ApiError(
      400,
      `Invalid input for field/attribute flavor. Additional properties are not allowed (${names.map((n) => `'${n}'`).join(", ")} was unexpected)`,
    ),
  view,
  summary: (item, ctx) => ({
    id: item.id,
    name: item["name"],
    links: links(ctx, "flavors", item.id),
    ...(since(ctx, "2.55") && { description: item["description"] }),
  }),
};
