import { ApiError } from "../engine/api-error.js";
import { findItem } from "../engine/crud.js";
import { empty, json } from "../engine/respond.js";
import type { Route, Row } from "../engine/types.js";
import { flavors } from "./flavors.js";
import { policy } from "./nova.js";

/** A flavor's extra specs (`flavors/{id}/os-extra_specs`), which the openstack CLI reads for every listed flavor. */
export function flavorRoutes(): Route[] {
  const base = "v2.1/flavors/:id/os-extra_specs";
  const specsOf = (flavor: Row) => (flavor["extra_specs"] ??= {}) as Row;
  return [
    { method: "GET", path: base, handle: (ctx) => json({ extra_specs: specsOf(findItem(flavors, ctx)) }) },
    {
      method: "POST",
      path: base,
      handle: async (ctx) => {
        if (!ctx.auth?.isAdmin) throw policy("os_compute_api:os-flavor-extra-specs:create");
        const flavor = findItem(flavors, ctx);
        const given = ((await ctx.body())["extra_specs"] ?? {}) as Row;
        Object.assign(specsOf(flavor), given);
        return json({ extra_specs: given });
      },
    },
    {
      method: "GET",
      path: `${base}/:key`,
      handle: (ctx) => {
        const specs = specsOf(findItem(flavors, ctx));
        const key = ctx.params["key"]!;
        if (!(key in specs)) throw new ApiError(404, `Flavor ${ctx.params["id"]} has no extra specs with key ${key}.`);
        return json({ [key]: specs[key] });
      },
    },
    {
      method: "DELETE",
      path: `${base}/:key`,
      handle: (ctx) => {
        if (!ctx.auth?.isAdmin) throw policy("os_compute_api:os-flavor-extra-specs:delete");
        const specs = specsOf(findItem(flavors, ctx));
        const key = ctx.params["key"]!;
        if (!(key in specs)) throw new ApiError(404, `Flavor ${ctx.params["id"]} has no extra specs with key ${key}.`);
        delete specs[key];
        return empty(200);
      },
    },
  ];
}
