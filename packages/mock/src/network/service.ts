import { ApiError } from "../engine/api-error.js";
import { json } from "../engine/respond.js";
import { tagRoutes } from "../engine/tag-routes.js";
import type { Cloud, Route } from "../engine/types.js";
import type { ServiceSpec } from "../engine/service-spec.js";
import { networks } from "./networks.js";
import { ports } from "./ports.js";
import { routerActionRoutes, routers } from "./routers.js";
import { securityGroupRules, securityGroups } from "./security-groups.js";
import { subnets } from "./subnets.js";

const COLLECTIONS = [networks, subnets, ports, routers, securityGroups, securityGroupRules];

/** The extensions the fake Neutron implements, by alias. */
const EXTENSIONS: [string, string][] = [
  ["external-net", "Neutron external network"],
  ["router", "Neutron L3 Router"],
  ["extraroute-atomic", "Atomically add/remove extra routes"],
  ["security-group", "security-group"],
  ["standard-attr-description", "standard-attr-description"],
  ["standard-attr-revisions", "Resource revision numbers"],
  ["standard-attr-timestamp", "Resource timestamps"],
  [
    "standard-attr-tag",
    "Tag support for resources with standard attribute: port, subnet, network, router, security_group, …",
  ],
  ["filter-validation", "Filter parameters validation"],
  ["pagination", "Pagination support"],
  ["sorting", "Sorting support"],
];

function versionRoutes(cloud: Cloud): Route[] {
  const v2 = `${cloud.urls.network}/v2.0/`;
  return [
    {
      method: "GET",
      path: "",
      auth: "none",
      handle: () => json({ versions: [{ id: "v2.0", status: "CURRENT", links: [{ rel: "self", href: v2 }] }] }),
    },
    {
      method: "GET",
      path: "v2.0",
      handle: () =>
        json({
          resources: COLLECTIONS.map((c) => ({
            name: c.key,
            collection: c.pluralKey.replace(/_/g, "-"),
            links: [{ rel: "self", href: `${v2}${c.path.slice(5)}` }],
          })),
        }),
    },
    {
      method: "GET",
      path: "v2.0/extensions",
      handle: () =>
        json({
          extensions: EXTENSIONS.map(([alias, name]) => ({
            name,
            alias,
            description: name,
            updated: "2013-01-01T10:00:00-00:00",
            links: [],
          })),
        }),
    },
  ];
}

/** Neutron under `/network`: version document at its root, API at `/network/v2.0`. */
export const networkService: ServiceSpec = {
  type: "network",
  prefix: "network",
  errors: "neutron",
  collections: COLLECTIONS,
  routes: (cloud) => [
    ...versionRoutes(cloud),
    ...routerActionRoutes(),
    ...COLLECTIONS.flatMap((spec) =>
      tagRoutes(spec, {
        missing: (tag) => new ApiError(404, `Tag ${tag} could not be found.`, { type: "TagNotFound" }),
        added: () => json(null, 201),
      }),
    ),
  ],
};
