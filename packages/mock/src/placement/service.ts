import { json } from "../engine/respond.js";
import type { ServiceSpec } from "../engine/service-spec.js";
import { resourceProviders } from "./resource-providers.js";

/** Placement under `/placement`, microversions 1.0 to 1.39; its root document links to itself. */
export const placementService: ServiceSpec = {
  type: "placement",
  prefix: "placement",
  errors: "placement",
  microversion: { name: "placement", min: "1.0", max: "1.39", style: "placement" },
  collections: [resourceProviders],
  routes: () => [
    {
      method: "GET",
      path: "",
      auth: "none",
      handle: () =>
        json({
          versions: [
            {
              id: "v1.0",
              max_version: "1.39",
              min_version: "1.0",
              status: "CURRENT",
              links: [{ rel: "self", href: "" }],
            },
          ],
        }),
    },
  ],
};
