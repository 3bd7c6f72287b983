import { json } from "../engine/respond.js";
import type { ServiceSpec } from "../engine/service-spec.js";
import { introspectionRoutes } from "./introspections.js";
import { ruleRoutes } from "./rules.js";

/**
 * Ironic Inspector under `/baremetal-introspection`, over the fake Ironic's nodes and ports:
 * introspections that go starting → waiting (one cloud delay) → finished when the ramdisk's
 * data reaches /v1/continue, the data stored, rules run on the node. Its root document names
 * the newest microversion as the version's id (1.18), as the real one does.
 */
export const baremetalIntrospectionService: ServiceSpec = {
  type: "baremetal-introspection",
  prefix: "baremetal-introspection",
  errors: "inspector",
  routes: () => [
    {
      method: "GET",
      path: "",
      auth: "none",
      handle: (ctx) =>
        json({ versions: [{ id: "1.18", status: "CURRENT", links: [{ href: `${ctx.serviceUrl}/v1`, rel: "self" }] }] }),
    },
    ...introspectionRoutes(),
    ...ruleRoutes(),
  ],
};
