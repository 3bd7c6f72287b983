import { json } from "../engine/respond.js";
import type { ServiceSpec } from "../engine/service-spec.js";
import { actionRoutes } from "./actions.js";
import { clusterRoutes } from "./clusters.js";
import { nodeRoutes } from "./nodes.js";
import { specRoutes } from "./specs.js";

/**
 * Senlin under `/clustering`, unversioned in the catalog as the real cloud registers it:
 * microversions 1.0 to 1.14 (Zed's) in `OpenStack-API-Version: clustering x.y`, errors as
 * Senlin's fault middleware writes them. Profiles and policies of the types Zed ships;
 * clusters and nodes that change only through actions (READY, RUNNING, then SUCCEEDED or
 * FAILED, one cloud delay each), whose id the answer's `Location` names. The fake's nodes
 * are records only (no server or stack behind them); cluster policies, receivers, events
 * and the other cluster operations are not served: the fidelity suite does not use them.
 */
export const clusteringService: ServiceSpec = {
  type: "clustering",
  prefix: "clustering",
  errors: "senlin",
  microversion: { name: "clustering", min: "1.0", max: "1.14", style: "senlin" },
  routes: () => [
    {
      // Senlin answers its version document 300 Multiple Choices
      method: "GET",
      path: "",
      auth: "none",
      handle: (ctx) =>
        json(
          {
            versions: [
              {
                id: "1.0",
                status: "CURRENT",
                updated: "2016-01-18T00:00:00Z",
                "media-types": [{ base: "application/json", type: "application/vnd.openstack.clustering-v1+json" }],
                links: [
                  { href: `${ctx.serviceUrl}/v1`, rel: "self" },
                  { rel: "help", href: "https://docs.openstack.org/api-ref/clustering" },
                ],
                min_version: "1.0",
                max_version: "1.14",
              },
            ],
          },
          300,
        ),
    },
    ...specRoutes(),
    ...clusterRoutes(),
    ...nodeRoutes(),
    ...actionRoutes(),
  ],
};
