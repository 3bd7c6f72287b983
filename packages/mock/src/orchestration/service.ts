import { ApiError } from "../engine/api-error.js";
import { json } from "../engine/respond.js";
import type { Ctx, Route, Row } from "../engine/types.js";
import type { ServiceSpec } from "../engine/service-spec.js";
import { heatError } from "./heat.js";
import { createAtOnce } from "./lifecycle.js";
import { newStack } from "./stack-body.js";
import { stackPartRoutes } from "./stack-parts.js";
import { stackRoutes } from "./stacks.js";
import { checkTemplate, parseDocument, RESOURCE_TYPES, validation } from "./template.js";

/** HOT versions by date, with the release names Heat also takes for them. */
const TEMPLATE_VERSIONS: [string, string[]][] = [
  ["2013-05-23", []],
  ["2014-10-16", []],
  ["2015-04-30", []],
  ["2015-10-15", []],
  ["2016-04-08", []],
  ["2016-10-14", ["newton"]],
  ["2017-02-24", ["ocata"]],
  ["2017-09-01", ["pike"]],
  ["2018-03-02", ["queens"]],
  ["2018-08-31", ["rocky"]],
  ["2021-04-16", ["wallaby"]],
];

/** POST validate: a template checked without a stack; Heat words every refusal here as HTTPBadRequest but the version's. */
async function validate(ctx: Ctx): Promise<Response> {
  const body = await ctx.body();
  if (body["template"] === undefined) throw heatError(400, "HTTPBadRequest", "No template specified");
  const template = parseDocument(body["template"], "Template");
  try {
    checkTemplate(template);
  } catch (error) {
    if (error instanceof ApiError && error.details.type === "StackValidationFailed")
      throw heatError(400, "HTTPBadRequest", error.message);
    throw error;
  }
  return json(validation(template));
}

/** The resource types: only those the fake engine makes, matched by `name` as a pattern as Heat does. */
function resourceTypes(ctx: Ctx): Response {
  const pattern = ctx.query.get("name");
  const names = RESOURCE_TYPES.filter((type) => pattern === null || new RegExp(pattern).test(type));
  const described = ["true", "1", "yes"].includes(String(ctx.query.get("with_description")).toLowerCase());
  return json({
    resource_types: described ? names.map((resource_type) => ({ resource_type, description: "" })) : names,
  });
}

function routes(): Route[] {
  return [
    // Heat's root lists v1 (300); below it every path needs a token.
    {
      method: "GET",
      path: "",
      auth: "none",
      handle: (ctx) =>
        json(
          { versions: [{ id: "v1.0", status: "CURRENT", links: [{ rel: "self", href: `${ctx.serviceUrl}/v1/` }] }] },
          300,
        ),
    },
    ...stackRoutes(),
    ...stackPartRoutes(),
    { method: "POST", path: "v1/:project_id/validate", handle: validate },
    { method: "GET", path: "v1/:project_id/resource_types", handle: resourceTypes },
    {
      method: "GET",
      path: "v1/:project_id/template_versions",
      handle: () =>
        json({
          template_versions: TEMPLATE_VERSIONS.map(([date, names]) => ({
            version: `heat_template_version.${date}`,
            type: "hot",
            aliases: names.map((name) => `heat_template_version.${name}`),
          })),
        }),
    },
  ];
}

/**
 * Heat under `/heat-api`, its API at `/heat-api/v1/<project_id>` as devstack lays it out:
 * stacks made from templates of the resource types that need no other service
 * (OS::Heat::None, RandomString, Value), CREATE/UPDATE/DELETE_IN_PROGRESS for the cloud's
 * delay, then COMPLETE (a deleted stack stays readable by id, DELETE_COMPLETE), with their
 * resources, events and outputs. Seeded stacks (`stacks: [{stack_name, template}]`) are
 * CREATE_COMPLETE at once.
 */
export const orchestrationService: ServiceSpec = {
  type: "orchestration",
  prefix: "heat-api",
  errors: "heat",
  routes,
  seeders: {
    stacks: (input: Row, ctx: Ctx) => {
      const stack = newStack(input, ctx);
      const project = input["project"] ?? input["project_id"];
      if (typeof project === "string")
        stack["project"] =
          ctx.cloud.state.projects.find((p) => p.id === project || p["name"] === project)?.id ?? project;
      ctx.cloud.state.stacks.push(stack);
      createAtOnce(ctx, stack);
    },
  },
};
