// Every sample of Zaqar's API reference for a resource or call this package declares, and
// the call that reads or sends it. Where the files come from, and which were left out: SOURCE.md.
import { type Body, type RequestCase, type ResponseCase, repairedSignedUrl } from "./sample-cases.js";

const S = "samples/";
const queue_name = "beijing";
const CLAIM = "51db7067821e727dc24df754";

export const responseCases: ResponseCase[] = [
  // queues
  {
    file: `${S}queues-list-response.json`,
    call: (f) => f.listQueues({ limit: 3 }, { maxItems: 3 }),
    expected: (b: Body) => b.queues,
  },
  {
    file: `${S}queue-show-response.json`,
    call: (f) => f.getQueue(queue_name),
    expected: (b) => ({ name: queue_name, metadata: b }),
  },
  {
    file: `${S}queue-stats-response.json`,
    call: (f) => f.getQueueStats({ name: queue_name }),
    expected: (b) => b.messages,
  },
  {
    file: `${S}queue-update-response.json`,
    call: (f) => f.updateQueue({ name: queue_name, operations: [] }),
  },
  // messages
  {
    file: `${S}messages-list-response.json`,
    call: (f) => f.listMessages({ queue_name, echo: true }, { maxItems: 2 }),
    expected: (b) => b.messages,
  },
  { file: `${S}messages-get-response.json`, call: (f) => f.getMessage("578f0055508f153f256f717f", { queue_name }) },
  {
    file: `${S}messages-get-byids-response.json`,
    call: (f) => f.getMessagesByIds({ queue_name, ids: ["578f0055508f153f256f717f"] }),
    expected: (b) => b.messages,
  },
  {
    file: `${S}messages-delete-bypop-response.json`,
    call: (f) => f.popMessages({ queue_name, pop: 1 }),
    expected: (b) => b.messages,
  },
  {
    file: `${S}messages-post-response.json`,
    call: (f) => f.postMessage({ queue_name, messages: [{ body: 1 }, { body: 2 }] }),
    expected: (b) => b.resources,
  },
  // claims
  {
    file: `${S}claim_messages_response.json`,
    call: (f) => f.createClaim({ queue_name: "demoqueue", ttl: 300, grace: 300 }),
    status: 201,
    headers: { Location: `/v2/queues/demoqueue/claims/${CLAIM}` },
    expected: (b) => ({ id: CLAIM, href: `/v2/queues/demoqueue/claims/${CLAIM}`, ttl: 300, messages: b.messages }),
  },
  { file: `${S}claim_query_response.json`, call: (f) => f.getClaim(CLAIM, { queue_name: "demoqueue" }) },
  // subscriptions
  {
    file: `${S}subscriptions-list-response.json`,
    call: (f) => f.listSubscriptions({ queue_name: "test" }, { maxItems: 2 }),
    expected: (b) => b.subscriptions,
  },
  {
    file: `${S}subscription-show-response.json`,
    call: (f) => f.getSubscription("576b54963990b48c644bb7e7", { queue_name: "test" }),
  },
  {
    file: `${S}subscription-create-response.json`,
    call: (f) => f.createSubscription({ queue_name: "test", subscriber: "http://example.org/hook" }),
    status: 201,
    expected: (b) => ({ id: b.subscription_id, queue_name: "test" }),
  },
  // health
  { file: `${S}health-response.json`, call: (f) => f.getHealth() },
];

export const requestCases: RequestCase[] = [
  {
    file: `${S}queue-create-request.json`,
    path: `PUT /v2/queues/${queue_name}`,
    call: (f, r) => f.createQueue({ name: queue_name, metadata: r }),
  },
  {
    file: `${S}queue-update-request.json`,
    path: `PATCH /v2/queues/${queue_name}`,
    call: (f, r) => f.updateQueue({ name: queue_name, operations: r }),
    response: `${S}queue-update-response.json`,
  },
  {
    file: `${S}purge-queue-request.json`,
    path: `POST /v2/queues/${queue_name}/purge`,
    call: (f, r) => f.purgeQueue({ name: queue_name, resource_types: r.resource_types }),
  },
  {
    file: `${S}queue-pre-signed-request.json`,
    path: `POST /v2/queues/${queue_name}/share`,
    call: (f, r) => f.createQueueSignedUrl({ name: queue_name, ...r }),
    answer: () => repairedSignedUrl(otherSamples.brokenSignedUrl),
  },
  {
    file: `${S}messages-post-request.json`,
    path: `POST /v2/queues/${queue_name}/messages`,
    call: (f, r) => f.postMessage({ queue_name, messages: r.messages }),
    response: `${S}messages-post-response.json`,
  },
  {
    file: `${S}claim_messages_request.json`,
    path: `POST /v2/queues/${queue_name}/claims`,
    call: (f, r) => f.createClaim({ queue_name, ...r }),
  },
  {
    file: `${S}claim_update_request.json`,
    path: `PATCH /v2/queues/${queue_name}/claims/${CLAIM}`,
    call: (f, r) => f.updateClaim({ queue_name, claim: CLAIM, ...r }),
  },
  {
    file: `${S}subscription-create-request-http.json`,
    path: `POST /v2/queues/${queue_name}/subscriptions`,
    call: (f, r) => f.createSubscription({ queue_name, ...r }),
    response: `${S}subscription-create-response.json`,
  },
  {
    file: `${S}subscription-create-request-mail.json`,
    path: `POST /v2/queues/${queue_name}/subscriptions`,
    call: (f, r) => f.createSubscription({ queue_name, ...r }),
    response: `${S}subscription-create-response.json`,
  },
  {
    file: `${S}subscription-update-request.json`,
    path: `PATCH /v2/queues/${queue_name}/subscriptions/s1`,
    call: (f, r) => f.updateSubscription({ queue_name, subscription: "s1", ...r }),
  },
  {
    file: `${S}subscription-confirm-request.json`,
    path: `PUT /v2/queues/${queue_name}/subscriptions/s1/confirm`,
    call: (f, r) => f.confirmSubscription({ queue_name, subscription: "s1", ...r }),
  },
];

/**
 * Samples read by no call of the SDK, each with why: the version document (read by the
 * core's discovery, proven against the loopback cloud's own), and the pre-signed URL's
 * response, which is not JSON as printed (a comma is missing after its second path).
 */
export const otherSamples = {
  versions: `${S}versions-list-response.json`,
  brokenSignedUrl: `${S}queue-pre-signed-response.json`,
};
