import { json } from "../engine/respond.js";
import type { ServiceSpec } from "../engine/service-spec.js";
import { clusterRoutes } from "./clusters.js";
import { templateRoutes } from "./templates.js";

/**
 * Magnum under `/container-infra`, its catalog URL at v1 as the real cloud registers it:
 * microversions 1.1 to 1.10 (Zed's) in `OpenStack-API-Version: container-infra x.y`, with the
 * range in its minimum and maximum headers; errors as Magnum's list of one. Cluster templates
 * (an image's os_distro picks the driver), and clusters that end CREATE_FAILED as on the
 * loopback (no Heat stack behind them) with their default node groups. Certificates, quotas,
 * stats, resize and upgrade are not served.
 */
export const containerInfraService: ServiceSpec = {
  type: "container-infrastructure-management",
  prefix: "container-infra",
  errors: "magnum",
  microversion: { name: "container-infra", min: "1.1", max: "1.10", style: "magnum" },
  routes: () => [
    {
      method: "GET",
      path: "",
      auth: "none",
      handle: (ctx) =>
        json({
          name: "OpenStack Magnum API",
          description: "Magnum is an OpenStack project which aims to provide container cluster management.",
          versions: [
            {
              id: "v1",
              links: [{ href: `${ctx.serviceUrl}/v1/`, rel: "self" }],
              status: "CURRENT",
              max_version: "1.10",
              min_version: "1.1",
            },
          ],
        }),
    },
    ...templateRoutes(),
    ...clusterRoutes(),
  ],
};
