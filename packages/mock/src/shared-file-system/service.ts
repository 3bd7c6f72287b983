import { json } from "../engine/respond.js";
import type { Ctx } from "../engine/types.js";
import type { ServiceSpec } from "../engine/service-spec.js";
import { accessRuleRoutes } from "./access-rules.js";
import { shareTypeRoutes } from "./share-types.js";
import { shareRoutes } from "./shares.js";
import { snapshotRoutes } from "./snapshots.js";

const MIN = "2.0";
const MAX = "2.73";

const version = (ctx: Ctx) => ({
  id: "v2.0",
  status: "CURRENT",
  version: MAX,
  min_version: MIN,
  updated: "2015-08-27T11:33:21Z",
  links: [
    { rel: "describedby", type: "text/html", href: "http://docs.openstack.org/" },
    { rel: "self", href: `${ctx.serviceUrl}/v2/` },
  ],
  "media-types": [{ base: "application/json", type: "application/vnd.openstack.share+json;version=1" }],
});

/**
 * Manila under `/share`, its catalog URL at v2 (no project in it) as the real cloud has it:
 * microversions 2.0 to 2.73 in Manila's own header, errors as Nova writes them; shares (their
 * passing states one cloud delay long, on the dummy backend's pool), snapshots, access rules and
 * the default share type. Share networks, servers, groups, replicas, export locations, metadata
 * calls, quotas and the rest are not served: the fidelity suite does not use them.
 */
export const sharedFileSystemService: ServiceSpec = {
  type: "shared-file-system",
  prefix: "share",
  errors: "nova",
  requestIds: "nova",
  microversion: {
    name: "shared-file-system",
    min: MIN,
    max: MAX,
    legacyHeader: "X-OpenStack-Manila-API-Version",
    style: "manila",
  },
  routes: () => [
    { method: "GET", path: "", auth: "none", handle: (ctx) => json({ versions: [version(ctx)] }, 300) },
    { method: "GET", path: "v2", handle: (ctx) => json({ versions: [version(ctx)] }) },
    ...shareRoutes(),
    ...snapshotRoutes(),
    ...accessRuleRoutes(),
    ...shareTypeRoutes(),
  ],
};
