import { json } from "../engine/respond.js";
import type { ServiceSpec } from "../engine/service-spec.js";
import { catalogRoutes } from "./catalog.js";
import { configurationRoutes } from "./configurations.js";
import { instanceRoutes } from "./instances.js";

/**
 * Trove under `/database`, its catalog URL `v1.0/<project>` as the real cloud registers it;
 * no microversions; errors as Nova's faults (and 422's `unprocessableEntity`); links always
 * `https://`, as Trove writes them. mysql 5.7.29 and 8.0 (what the real cloud's step file
 * registers) with a few parameters, Nova's flavors, configuration groups, and instances that
 * go BUILD → ERROR as on the loopback (no guest agent). Databases, users and backups are not served.
 */
export const databaseService: ServiceSpec = {
  type: "database",
  prefix: "database",
  errors: "trove",
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
              updated: "2012-08-01T00:00:00Z",
              links: [{ rel: "self", href: `${ctx.serviceUrl}/v1.0/` }],
            },
          ],
        }),
    },
    ...catalogRoutes(),
    ...configurationRoutes(),
    ...instanceRoutes(),
  ],
};
