import { json } from "../engine/respond.js";
import type { Ctx } from "../engine/types.js";
import type { ServiceSpec } from "../engine/service-spec.js";
import { containerSecretRoutes, secretContainers } from "./containers.js";
import { payloadRoutes } from "./payload-routes.js";
import { secrets } from "./secrets.js";

/** Barbican's one version, as its root (300, Multiple Choices) and `/v1` describe it. */
const v1 = (ctx: Ctx) => ({
  id: "v1",
  status: "stable",
  links: [
    { rel: "self", href: `${ctx.serviceUrl}/v1/` },
    { rel: "describedby", type: "text/html", href: "https://docs.openstack.org/" },
  ],
  "media-types": [{ base: "application/json", type: "application/vnd.openstack.key-manager-v1+json" }],
});

/**
 * Barbican under `/key-manager`: secrets with their payloads and generic containers, under
 * `/v1`. Errors as `{code, title, description}`; references (`secret_ref`, …) are URLs on the
 * fake's own origin.
 */
export const keyManagerService: ServiceSpec = {
  type: "key-manager",
  prefix: "key-manager",
  errors: "barbican",
  collections: [secrets, secretContainers],
  routes: () => [
    { method: "GET", path: "", auth: "none", handle: (ctx) => json({ versions: { values: [v1(ctx)] } }, 300) },
    { method: "GET", path: "v1", handle: (ctx) => json({ version: v1(ctx) }) },
    ...payloadRoutes(),
    ...containerSecretRoutes(),
  ],
};
