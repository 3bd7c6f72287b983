import { json } from "../engine/respond.js";
import type { ServiceSpec } from "../engine/service-spec.js";
import { hostRoutes } from "./hosts.js";
import { notificationRoutes } from "./notifications.js";
import { segmentRoutes } from "./segments.js";

/**
 * Masakari under `/instance-ha`, its catalog URL `v1/<project>` as the real cloud has it:
 * microversions 1.0 to 1.2 (Zed's), errors as Nova writes them; failover segments, their
 * hosts (the compute hosts masakari.ts names), and notifications the fake engine takes from
 * `new` through `running` to `finished`, one cloud delay each. VM moves (1.3) are not served,
 * as Zed's Masakari does not offer them.
 */
export const instanceHaService: ServiceSpec = {
  type: "instance-ha",
  prefix: "instance-ha",
  errors: "nova",
  microversion: { name: "instance-ha", echoName: "masakari", min: "1.0", max: "1.2", style: "nova" },
  routes: () => [
    {
      method: "GET",
      path: "",
      auth: "none",
      handle: (ctx) =>
        json({
          versions: [
            {
              id: "v1.0",
              status: "CURRENT",
              version: "1.2",
              min_version: "1.0",
              updated: "2016-07-01T11:33:21Z",
              links: [{ rel: "self", href: `${ctx.serviceUrl}/v1/` }],
            },
          ],
        }),
    },
    ...segmentRoutes(),
    ...hostRoutes(),
    ...notificationRoutes(),
  ],
};
