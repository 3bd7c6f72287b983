import { fail } from "../engine/api-error.js";
import { json } from "../engine/respond.js";
import type { Ctx, Route, Row } from "../engine/types.js";
import { checkDatastore, findVersion, MYSQL, PARAMETERS, troveLinks } from "./trove.js";

const BASE = "v1.0/:project";

const versionView = (ctx: Ctx, v: (typeof MYSQL.versions)[number]): Row => ({
  ...v,
  links: troveLinks(ctx, `datastores/versions/${v.id}`),
  datastore: MYSQL.id,
});

const datastoreView = (ctx: Ctx): Row => ({
  id: MYSQL.id,
  name: MYSQL.name,
  links: troveLinks(ctx, `datastores/${MYSQL.id}`),
  versions: MYSQL.versions.map((v) => ({ ...v, links: troveLinks(ctx, `datastores/versions/${v.id}`) })),
  default_version: MYSQL.versions[0].id,
});

const parameterView = (versionId: string, p: (typeof PARAMETERS)[number]): Row => {
  const { name, type, restart_required, ...bounds } = p;
  return { name, datastore_version_id: versionId, restart_required, type, ...bounds };
};

/** Nova's flavors as Trove shows them: `id` null, the Nova id in `str_id`. */
function flavorView(ctx: Ctx, f: Row): Row {
  const { id, name, ram, vcpus, disk } = f;
  const ephemeral = f["OS-FLV-EXT-DATA:ephemeral"] ?? 0;
  return { id: null, links: troveLinks(ctx, `flavors/${id}`), name, ram, vcpus, disk, ephemeral, str_id: String(id) };
}

/** Trove's read-only catalogue: mysql and its versions and parameters, and Nova's flavors. */
export function catalogRoutes(): Route[] {
  return [
    { method: "GET", path: `${BASE}/datastores`, handle: (ctx) => json({ datastores: [datastoreView(ctx)] }) },
    {
      method: "GET",
      path: `${BASE}/datastores/:ds`,
      handle: (ctx) => {
        checkDatastore(ctx.params["ds"]);
        return json({ datastore: datastoreView(ctx) });
      },
    },
    {
      method: "GET",
      path: `${BASE}/datastores/:ds/versions`,
      handle: (ctx) => {
        checkDatastore(ctx.params["ds"]);
        return json({ versions: MYSQL.versions.map((v) => versionView(ctx, v)) });
      },
    },
    {
      method: "GET",
      path: `${BASE}/datastores/:ds/versions/:version`,
      handle: (ctx) => {
        checkDatastore(ctx.params["ds"]);
        return json({ version: versionView(ctx, findVersion(ctx.params["version"])) });
      },
    },
    {
      method: "GET",
      path: `${BASE}/datastores/:ds/versions/:version/parameters`,
      handle: (ctx) => {
        checkDatastore(ctx.params["ds"]);
        const version = findVersion(ctx.params["version"]);
        return json({ "configuration-parameters": PARAMETERS.map((p) => parameterView(version.id, p)) });
      },
    },
    {
      method: "GET",
      path: `${BASE}/datastores/versions/:version/parameters`,
      handle: (ctx) => {
        const version = findVersion(ctx.params["version"]);
        return json({ "configuration-parameters": PARAMETERS.map((p) => parameterView(version.id, p)) });
      },
    },
    {
      method: "GET",
      path: `${BASE}/flavors`,
      handle: (ctx) => {
        const sorted = [...ctx.cloud.state.flavors].sort((a, b) => String(a["id"]).localeCompare(String(b["id"])));
        return json({ flavors: sorted.map((f) => flavorView(ctx, f)) });
      },
    },
    {
      method: "GET",
      path: `${BASE}/flavors/:id`,
      handle: (ctx) => {
        const flavor = ctx.cloud.state.flavors.find((f) => String(f["id"]) === ctx.params["id"]);
        if (!flavor) fail(404, `Resource ${ctx.params["id"]} cannot be found.`);
        return json({ flavor: flavorView(ctx, flavor) });
      },
    },
  ];
}
