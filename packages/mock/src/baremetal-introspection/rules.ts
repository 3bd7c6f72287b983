import { fail } from "../engine/api-error.js";
import { uuid } from "../engine/ids.js";
import { empty, json } from "../engine/respond.js";
import type { Ctx, Route, Row } from "../engine/types.js";
import { selfLink } from "./inspector.js";

const summary = (ctx: Ctx, rule: Row): Row => ({
  uuid: rule["uuid"],
  description: rule["description"],
  scope: rule["scope"],
  links: selfLink(ctx, `rules/${rule["uuid"]}`),
});

function findRule(ctx: Ctx): Row {
  const rule = ctx.cloud.state.introspectionRules.find((r) => r["uuid"] === ctx.params["rule"]);
  return rule ?? fail(404, `Rule ${ctx.params["rule"]} was not found`);
}

/** Introspection rules: created whole (the conditions' defaults filled in), read, deleted one or all. */
export function ruleRoutes(): Route[] {
  return [
    {
      method: "GET",
      path: "v1/rules",
      handle: (ctx) => json({ rules: ctx.cloud.state.introspectionRules.map((r) => summary(ctx, r)) }),
    },
    {
      method: "POST",
      path: "v1/rules",
      handle: async (ctx) => {
        const input = await ctx.body();
        const actions = input["actions"];
        if (!Array.isArray(actions) || !actions.length) fail(400, "Validation failed for actions: [] is too short");
        const id = input["uuid"] ?? uuid();
        if (ctx.cloud.state.introspectionRules.some((r) => r["uuid"] === id))
          fail(409, `Rule with UUID ${id} already exists`);
        const rule: Row = {
          uuid: id,
          description: input["description"] ?? null,
          scope: input["scope"] ?? null,
          actions,
          conditions: ((input["conditions"] ?? []) as Row[]).map((c) => ({ multiple: "any", invert: false, ...c })),
        };
        ctx.cloud.state.introspectionRules.push(rule);
        return json({ ...rule, links: selfLink(ctx, `rules/${id}`) }, 201);
      },
    },
    {
      method: "GET",
      path: "v1/rules/:rule",
      handle: (ctx) => json({ ...findRule(ctx), links: selfLink(ctx, `rules/${ctx.params["rule"]}`) }),
    },
    {
      method: "DELETE",
      path: "v1/rules/:rule",
      handle: (ctx) => {
        const rule = findRule(ctx);
        ctx.cloud.state.introspectionRules = ctx.cloud.state.introspectionRules.filter((r) => r !== rule);
        return empty(204);
      },
    },
    {
      method: "DELETE",
      path: "v1/rules",
      handle: (ctx) => {
        ctx.cloud.state.introspectionRules = [];
        return empty(204);
      },
    },
  ];
}
