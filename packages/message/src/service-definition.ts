import { defineService, resourcesIn } from "@openstack-ts/core";
import { createClaim } from "./claims/create-claim.js";
import { getClientId } from "./client-id.js";
import { messageService } from "./descriptor.js";
import { healthCalls } from "./health/health.js";
import { createQueue, getQueue } from "./queues/queue-calls.js";
import * as resources from "./resources.js";
import { createSubscription } from "./subscriptions/create-subscription.js";

/**
 * Every Zaqar resource and call, for the `conn.message` façade: the verbs the resources
 * derive, the calls Zaqar's answers keep out of the data model (a queue made by PUT at its
 * name and read as its metadata, a claim named only in a Location, a subscription answered
 * by its id alone), health, and the session's Client-ID.
 */
export const message = defineService(messageService, resourcesIn(resources), {
  createQueue,
  getQueue,
  createClaim,
  createSubscription,
  ...healthCalls,
  getClientId,
});
