// The package's resources, one line each. Every resource exported here is on the façade
// (service-definition.ts takes them all): adding a resource is adding its line.
export { Secret, SecretConsumer, secrets } from "./secrets/secret.js";
export { Container, ContainerSecretRef, containers } from "./containers/container.js";
export { Order, OrderMeta, orders } from "./orders/order.js";
export { ContainerConsumer, containerConsumers, secretConsumers } from "./consumers/consumer.js";
export { ProjectQuota, Quotas, projectQuotas } from "./quotas/quota.js";
