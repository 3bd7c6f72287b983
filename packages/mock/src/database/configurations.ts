import { fail } from "../engine/api-error.js";
import { uuid } from "../engine/ids.js";
import { empty, json } from "../engine/respond.js";
import { authOf, type Ctx, type Route, type Row } from "../engine/types.js";
import { checkDatastore, findVersion, MYSQL, PARAMETERS, trovePage, troveTime } from "./trove.js";

const BASE = "v1.0/:project/configurations";

/** Values checked against the version's parameters, in Trove's words (422). */
function checkValues(values: unknown, version: string): Row {
  if (!values || typeof values !== "object") fail(400, "Invalid configuration values.");
  for (const [name, value] of Object.entries(values as Row)) {
    const parameter = PARAMETERS.find((p) => p.name === name);
    if (!parameter)
      fail(422, `The configuration parameter ${name} is not supported for this datastore: mysql ${version}.`);
    if (parameter.type === "integer" && !Number.isInteger(value))
      fail(422, `The value provided for the configuration parameter ${name} is not of type ${parameter.type}.`);
  }
  return values as Row;
}

const summary = (c: Row): Row => {
  const { values: _v, project_id: _p, datastore_version_number: _n, instance_count: _i, ...shown } = c;
  return shown;
};

const detail = (ctx: Ctx, c: Row): Row => {
  const { project_id: _p, ...shown } = c;
  const count = ctx.cloud.state.troveInstances.filter((i) => i["configuration_id"] === c["id"]).length;
  return { ...shown, instance_count: count };
};

export function findConfiguration(ctx: Ctx, id = ctx.params["id"]): Row {
  const found = ctx.cloud.state.troveConfigurations.find(
    (c) => c["id"] === id && c["project_id"] === authOf(ctx).projectId,
  );
  return found ?? fail(404, `Configuration group with ID ${id} could not be found.`);
}

/** Trove's configuration groups: values checked against mysql's parameters, replaced (PUT) or merged (PATCH). */
export function configurationRoutes(): Route[] {
  return [
    {
      method: "GET",
      path: BASE,
      handle: (ctx) => {
        const mine = ctx.cloud.state.troveConfigurations.filter((c) => c["project_id"] === authOf(ctx).projectId);
        const page = trovePage(ctx, mine, "configurations");
        return json({ configurations: page.items.map(summary), ...(page.links ? { links: page.links } : {}) });
      },
    },
    {
      method: "POST",
      path: BASE,
      handle: async (ctx) => {
        const input: Row = (await ctx.body())["configuration"] ?? {};
        if (typeof input["name"] !== "string") fail(400, "Invalid configuration name.");
        checkDatastore(input["datastore"]?.["type"]);
        const version = findVersion(input["datastore"]?.["version"]);
        const now = troveTime(ctx.cloud.now());
        const configuration = {
          id: uuid(),
          name: input["name"],
          description: input["description"] ?? null,
          values: checkValues(input["values"], version.name),
          created: now,
          updated: now,
          datastore_name: MYSQL.name,
          datastore_version_id: version.id,
          datastore_version_name: version.name,
          datastore_version_number: version.version,
          project_id: authOf(ctx).projectId,
        };
        ctx.cloud.state.troveConfigurations.push(configuration);
        return json({ configuration: detail(ctx, configuration) });
      },
    },
    {
      method: "GET",
      path: `${BASE}/:id`,
      handle: (ctx) => json({ configuration: detail(ctx, findConfiguration(ctx)) }),
    },
    {
      method: ["PUT", "PATCH"],
      path: `${BASE}/:id`,
      handle: async (ctx) => {
        const configuration = findConfiguration(ctx);
        const input: Row = (await ctx.body())["configuration"] ?? {};
        const values = checkValues(input["values"] ?? {}, configuration["datastore_version_name"]);
        // PUT replaces the group's name, description and values; PATCH adds values to them
        if (ctx.method === "PUT") {
          for (const field of ["name", "description"]) if (field in input) configuration[field] = input[field];
          configuration["values"] = values;
        } else configuration["values"] = { ...configuration["values"], ...values };
        configuration["updated"] = troveTime(ctx.cloud.now());
        return empty(ctx.method === "PUT" ? 202 : 200);
      },
    },
    {
      method: "DELETE",
      path: `${BASE}/:id`,
      handle: (ctx) => {
        const configuration = findConfiguration(ctx);
        const { state } = ctx.cloud;
        if (state.troveInstances.some((i) => i["configuration_id"] === configuration["id"]))
          fail(
            400,
            "A configuration group cannot be deleted if it is associated with one or more non-terminated instances.",
          );
        state.troveConfigurations = state.troveConfigurations.filter((c) => c !== configuration);
        return empty(202);
      },
    },
    {
      method: "GET",
      path: `${BASE}/:id/instances`,
      handle: (ctx) => {
        const configuration = findConfiguration(ctx);
        const attached = ctx.cloud.state.troveInstances.filter((i) => i["configuration_id"] === configuration["id"]);
        return json({ instances: attached.map((i) => ({ id: i["id"], name: i["name"] })) });
      },
    },
  ];
}
