import { json } from "../engine/respond.js";
import type { ServiceSpec } from "../engine/service-spec.js";
import { executionRoutes } from "./executions.js";
import { workflowRoutes } from "./workflows.js";

/**
 * Mistral under `/workflow`, its catalog URL at v2 (type `workflowv2`, as Mistral registers
 * itself): workflows from YAML definitions, executions the fake engine runs (std.noop and
 * std.echo to SUCCESS, std.fail to ERROR, one cloud delay per round of tasks), and their
 * tasks. Workbooks, actions, action executions, cron and event triggers are not served: the
 * fidelity suite does not use them.
 */
export const workflowService: ServiceSpec = {
  type: "workflow",
  prefix: "workflow",
  errors: "mistral",
  routes: () => [
    {
      method: "GET",
      path: "",
      auth: "none",
      handle: (ctx) =>
        json({
          versions: [
            { id: "v2.0", status: "CURRENT", links: [{ href: `${ctx.serviceUrl}/v2`, target: "v2", rel: "self" }] },
          ],
        }),
    },
    // Mistral's v2 root names itself, and nothing more, with or without a token
    { method: "GET", path: "v2", auth: "none", handle: (ctx) => json({ uri: `${ctx.serviceUrl}/v2` }) },
    ...workflowRoutes(),
    ...executionRoutes(),
  ],
};
