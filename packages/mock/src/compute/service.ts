import { json } from "../engine/respond.js";
import type { Cloud, Route } from "../engine/types.js";
import type { ServiceSpec } from "../engine/service-spec.js";
import { flavorRoutes } from "./flavor-routes.js";
import { flavors } from "./flavors.js";
import { keypairs } from "./keypairs.js";
import { serverActionRoutes } from "./server-actions.js";
import { servers } from "./servers.js";

const MIN = "2.1";
const MAX = "2.93";

/** Nova's documents, as the real one answers them: the root lists v2.0 and v2.1, /v2.1 describes itself. */
function versionRoutes(cloud: Cloud): Route[] {
  const v21 = {
    id: "v2.1",
    status: "CURRENT",
    version: MAX,
    min_version: MIN,
    updated: "2013-07-23T11:33:21Z",
    links: [{ rel: "self", href: `${cloud.urls.compute}/v2.1/` }],
  };
  const v20 = {
    id: "v2.0",
    status: "SUPPORTED",
    version: "",
    min_version: "",
    updated: "2011-01-21T11:33:21Z",
    links: [{ rel: "self", href: `${cloud.urls.compute}/v2/` }],
  };
  const described = {
    ...v21,
    links: [...v21.links, { rel: "describedby", type: "text/html", href: "http://docs.openstack.org/" }],
    "media-types": [{ base: "application/json", type: "application/vnd.openstack.compute+json;version=2.1" }],
  };
  return [
    { method: "GET", path: "", auth: "none", handle: () => json({ versions: [v20, v21] }) },
    { method: "GET", path: "v2.1", auth: "none", handle: () => json({ version: described }) },
  ];
}

/** Nova under `/compute`, API at `/compute/v2.1`, microversions 2.1 to 2.93. */
export const computeService: ServiceSpec = {
  type: "compute",
  prefix: "compute",
  errors: "nova",
  requestIds: "nova",
  microversion: { name: "compute", min: MIN, max: MAX, legacyHeader: "X-OpenStack-Nova-API-Version", style: "nova" },
  collections: [servers, flavors, keypairs],
  routes: (cloud) => [...versionRoutes(cloud), ...serverActionRoutes(), ...flavorRoutes()],
};
