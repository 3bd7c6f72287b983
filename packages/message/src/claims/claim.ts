import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { messageService } from "../descriptor.js";
import { Message } from "../messages/message.js";

/**
 * A message as a claim holds it: Zaqar names it by its `href` (which carries the claim's
 * id), and the API reference's samples leave its `id` out.
 */
export const ClaimedMessage = v.looseObject({ ...Message.entries, id: v.optional(v.string()) });

/** A claim: the messages it holds, for `ttl` seconds from its making (`age` seconds ago). */
export const Claim = v.looseObject({
  /** Not in Zaqar's answer to a GET; createClaim takes it from the claim's Location. */
  id: v.optional(v.string()),
  href: v.optional(v.string()),
  ttl: v.number(),
  age: v.optional(v.number()),
  messages: v.array(ClaimedMessage),
});

/** How long a claim lasts (`ttl`) and how much longer its messages live past it (`grace`), in seconds. */
export interface ClaimTimes {
  ttl?: number;
  grace?: number;
}

/**
 * The claims of a queue (`queue_name`). A claim takes free messages for a while so that one
 * worker handles them; it is made by createClaim (./create-claim.ts: Zaqar answers the
 * claimed messages and names the claim only in its Location), renewed by updateClaim and
 * released by deleteClaim. Deleting a claimed message needs the claim's id.
 */
export const claims = defineResource({
  service: messageService,
  path: "queues/{queue_name}/claims",
  singular: "Claim",
  plural: "Claims",
  schema: Claim,
  verbs: ["get", "delete"],
  readOnly: ["id", "href", "age", "messages"],
  actions: {
    /** Renews the claim: a new `ttl` from now, and `grace` for its messages. */
    updateClaim: {
      method: "PATCH",
      path: "queues/{queue_name}/claims/{claim}",
      body: (a: ClaimTimes) => ({ ttl: a.ttl, grace: a.grace }),
    },
  },
});
export type Claim = Item<typeof claims>;
