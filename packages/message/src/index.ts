export { messageService } from "./descriptor.js";
export { message } from "./service-definition.js";

export * from "./resources.js";
export { QueueMetadata, type QueueMetadataOperation } from "./queues/queue.js";
export { createQueue, getQueue, type QueueRef } from "./queues/queue-calls.js";
export { QueueStats, SignedUrl, signedUrlHeaders, type SignedUrlRequest } from "./queues/queue-parts.js";
export type { MessageToPost } from "./messages/message.js";
export { ClaimedMessage, type ClaimTimes } from "./claims/claim.js";
export { createClaim, type ClaimRequest, type NewClaim } from "./claims/create-claim.js";
export type { SubscriptionFields } from "./subscriptions/subscription.js";
export { createSubscription } from "./subscriptions/create-subscription.js";
export { Health, healthCalls } from "./health/health.js";
export { getClientId } from "./client-id.js";
