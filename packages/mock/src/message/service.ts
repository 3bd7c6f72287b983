import { json } from "../engine/respond.js";
import type { ServiceSpec } from "../engine/service-spec.js";
import { claimRoutes } from "./claims.js";
import { messageRoutes } from "./messages.js";
import { queueRoutes } from "./queues.js";

/**
 * Zaqar under `/messaging`: the v2 API's queues, messages and claims, kept per project, with
 * the Client-ID every v2 request must carry (zaqar.ts). Subscriptions, pre-signed URLs and health are not
 * served: the fidelity suite does not use them.
 */
export const messageService: ServiceSpec = {
  type: "message",
  prefix: "messaging",
  errors: "zaqar",
  routes: () => [
    {
      method: "GET",
      path: "",
      auth: "none",
      // The real one's link is relative to its root at the port's root ("/v2/"); here the
      // root is under /messaging, so the link is whole.
      handle: (ctx) =>
        json(
          {
            versions: [
              {
                id: "2",
                status: "CURRENT",
                updated: "2014-9-24T04:06:47Z",
                links: [{ href: `${ctx.serviceUrl}/v2/`, rel: "self" }],
              },
            ],
          },
          300,
        ),
    },
    ...queueRoutes(),
    ...messageRoutes(),
    ...claimRoutes(),
  ],
};
