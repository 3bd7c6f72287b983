import { actionFunctions } from "@openstack-ts/core";
import * as v from "valibot";
import { messageService } from "../descriptor.js";

/** The health report of the stores (admin): whether each is reachable, and timed probes. */
export const Health = v.looseObject({
  catalog_reachable: v.optional(v.boolean()),
});

/**
 * The service's own checks: `ping` (any user: true when Zaqar answers, false on a 404;
 * any other failure is thrown) and `getHealth` (the admin's: Zaqar's report of its stores,
 * served with `admin_mode` on; a store without health checks, as Swift, answers 503).
 */
export const healthCalls = actionFunctions(messageService, {
  /** True when the API answers; its stores are not checked. */
  ping: { method: "HEAD", path: "ping", returns: "exists" },
  /** Zaqar's detailed report of its stores (admin). */
  getHealth: { method: "GET", path: "health", returns: "json", schema: Health },
});
