export { loadBalancerService } from "./descriptor.js";
export { loadBalancer } from "./service-definition.js";
export * from "./resources.js";
export { LoadBalancerStatusTree, Statistics } from "./load-balancers/load-balancer-status.js";
export { isLoadBalancerImmutable } from "./immutable.js";
