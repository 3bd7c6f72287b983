import { json } from "../engine/respond.js";
import type { ServiceSpec } from "../engine/service-spec.js";
import { recordsetRoutes } from "./recordsets.js";
import { zoneExportRoutes } from "./zone-exports.js";
import { zoneImportRoutes } from "./zone-imports.js";
import { zoneTransferRoutes } from "./zone-transfers.js";
import { zoneRoutes } from "./zones.js";
import { refusingScopeHeaders } from "./scope.js";

/**
 * Designate under `/dns`: the v2 API, its root document naming v2 twice as the real one does.
 * Its collections are mounted as routes (not `collections`) so that each project sees only
 * its own objects, even an admin, unless it sends X-Auth-All-Projects or acts as another
 * project with X-Auth-Sudo-Project-Id (scope.ts).
 */
export const dnsService: ServiceSpec = {
  type: "dns",
  prefix: "dns",
  errors: "designate",
  routes: () => [
    {
      method: "GET",
      path: "",
      auth: "none",
      handle: (ctx) =>
        json({
          versions: ["v2", "v2.0"].map((id) => ({
            id,
            status: id === "v2" ? "SUPPORTED" : "CURRENT",
            links: [{ rel: "self", href: `${ctx.serviceUrl}/v2` }],
          })),
        }),
    },
    ...[
      ...zoneExportRoutes(),
      ...zoneImportRoutes(),
      ...zoneTransferRoutes(),
      ...zoneRoutes(),
      ...recordsetRoutes(),
    ].map(refusingScopeHeaders),
  ],
};
