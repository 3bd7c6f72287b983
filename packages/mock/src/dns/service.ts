import { json } from "../engine/respond.js";
import type { ServiceSpec } from "../engine/types.js";
import { recordsets } from "./recordsets.js";
import { zones } from "./zones.js";

/** Designate under `/dns`: the v2 API, its root document naming v2 twice as the real one does. */
export const dnsService: ServiceSpec = {
  type: "dns",
  prefix: "dns",
  errors: "designate",
  collections: [zones, recordsets],
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
  ],
};
