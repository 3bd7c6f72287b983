// The package's resources, one line each. Every resource exported here is on the façade
// (service-definition.ts takes them all): adding a resource is adding its line.
export { Queue, queues } from "./queues/queue.js";
export { Message, messages } from "./messages/message.js";
export { Claim, claims } from "./claims/claim.js";
export { Subscription, subscriptions } from "./subscriptions/subscription.js";
