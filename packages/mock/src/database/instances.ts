import { fail } from "../engine/api-error.js";
import { uuid } from "../engine/ids.js";
import { empty, json } from "../engine/respond.js";
import { authOf, type Ctx, type Route, type Row } from "../engine/types.js";
import { findConfiguration } from "./configurations.js";
import { findVersion, MYSQL, troveLinks, trovePage, troveTime } from "./trove.js";

const BASE = "v1.0/:project/instances";

/**
 * Trove's instances on the fake cloud, as on the loopback: BUILD, then ERROR one cloud delay
 * later, since no guest agent ever answers (the real taskmanager gives up after its
 * usage_timeout). Every guest call is refused while it builds, in Trove's words; ACTIVE is
 * never reached, so nothing else is served.
 */
function view(ctx: Ctx, i: Row): Row {
  const { project_id: _p, configuration_id, flavor_id, ...shown } = i;
  return {
    ...shown,
    links: troveLinks(ctx, `instances/${i["id"]}`),
    flavor: { id: flavor_id, links: troveLinks(ctx, `flavors/${flavor_id}`) },
    ...(configuration_id ? { configuration: { id: configuration_id } } : {}),
  };
}

function findInstance(ctx: Ctx): Row {
  const id = ctx.params["id"];
  const found = ctx.cloud.state.troveInstances.find((i) => i["id"] === id && i["project_id"] === authOf(ctx).projectId);
  return found ?? fail(404, `Instance ${id} could not be found.`);
}

const notReady = (i: Row) => fail(422, `Instance ${i["id"]} is not ready. (Status is ${i["status"]}).`);

export function instanceRoutes(): Route[] {
  return [
    {
      method: "GET",
      path: BASE,
      handle: (ctx) => {
        const mine = ctx.cloud.state.troveInstances.filter((i) => i["project_id"] === authOf(ctx).projectId);
        const page = trovePage(ctx, mine, "instances");
        return json({ instances: page.items.map((i) => view(ctx, i)), ...(page.links ? { links: page.links } : {}) });
      },
    },
    {
      method: "POST",
      path: BASE,
      handle: async (ctx) => {
        const input: Row = (await ctx.body())["instance"] ?? {};
        const flavor = ctx.cloud.state.flavors.find((f) => String(f["id"]) === String(input["flavorRef"]));
        if (!flavor) fail(404, `Resource ${input["flavorRef"]} cannot be found.`);
        const version = findVersion(input["datastore"]?.["version"]);
        if (input["configuration"] !== undefined) findConfiguration(ctx, input["configuration"]);
        const now = troveTime(ctx.cloud.now());
        const instance: Row = {
          id: uuid(),
          name: input["name"],
          status: "BUILD",
          operating_status: "",
          created: now,
          updated: now,
          datastore: { type: MYSQL.name, version: version.name, version_number: version.version },
          region: "RegionOne",
          access: { is_public: false },
          volume: { size: input["volume"]?.["size"] ?? 1 },
          flavor_id: String(flavor["id"]),
          configuration_id: input["configuration"],
          project_id: authOf(ctx).projectId,
        };
        ctx.cloud.state.troveInstances.push(instance);
        ctx.cloud.later(() => Object.assign(instance, { status: "ERROR", updated: troveTime(ctx.cloud.now()) }));
        return json({ instance: view(ctx, instance) });
      },
    },
    { method: "GET", path: `${BASE}/:id`, handle: (ctx) => json({ instance: view(ctx, findInstance(ctx)) }) },
    {
      method: "POST",
      path: `${BASE}/:id/action`,
      handle: (ctx) => notReady(findInstance(ctx)),
    },
    {
      method: "DELETE",
      path: `${BASE}/:id`,
      handle: (ctx) => {
        const instance = findInstance(ctx);
        if (instance["status"] === "BUILD") notReady(instance);
        instance["status"] = "SHUTDOWN";
        ctx.cloud.later(() => {
          const { state } = ctx.cloud;
          state.troveInstances = state.troveInstances.filter((i) => i !== instance);
        });
        return empty(202);
      },
    },
  ];
}
