import { json } from "../engine/respond.js";
import type { ServiceSpec } from "../engine/service-spec.js";
import { listeners } from "./listeners.js";
import { loadBalancers } from "./load-balancers.js";
import { members } from "./members.js";
import { pools } from "./pools.js";

/** The API minor versions Octavia lists at its root, each with the date it came. */
const MINORS: readonly [number, string][] = [
  [0, "2016-12-11"],
  [1, "2018-04-20"],
  [2, "2018-07-31"],
  [3, "2018-12-18"],
  [4, "2018-12-19"],
  [5, "2019-01-21"],
  [6, "2019-01-25"],
  [7, "2018-01-25"],
  [8, "2019-02-12"],
  [9, "2019-03-04"],
  [10, "2019-03-05"],
  [11, "2019-06-24"],
  [12, "2019-09-11"],
  [13, "2019-09-13"],
  [14, "2019-11-10"],
  [15, "2020-03-10"],
  [16, "2020-03-15"],
  [17, "2020-04-29"],
  [18, "2020-04-29"],
  [19, "2020-05-12"],
  [20, "2020-08-02"],
  [21, "2020-09-03"],
  [22, "2020-09-04"],
  [23, "2020-09-07"],
  [24, "2020-10-15"],
  [25, "2021-10-02"],
  [26, "2022-08-29"],
];

/**
 * Octavia under `/load-balancer`: its root lists every v2 minor version (the last CURRENT),
 * all at `/v2`, as the real one does without a token; load balancers, listeners, pools and
 * members under `/v2/lbaas`. Errors in wsme's `faultstring` shape.
 */
export const loadBalancerService: ServiceSpec = {
  type: "load-balancer",
  prefix: "load-balancer",
  errors: "octavia",
  collections: [loadBalancers, listeners, pools, members],
  routes: () => [
    {
      method: "GET",
      path: "",
      auth: "none",
      handle: (ctx) =>
        json({
          versions: MINORS.map(([minor, date], index) => ({
            id: `v2.${minor}`,
            status: index === MINORS.length - 1 ? "CURRENT" : "SUPPORTED",
            updated: `${date}T00:00:00Z`,
            links: [{ href: `${ctx.serviceUrl}/v2`, rel: "self" }],
          })),
        }),
    },
  ],
};
