import { serviceTypeCandidates } from "@openstack-ts/core";

/**
 * Every official service type of the OpenStack service-types authority (the data
 * openstacksdk reads through os-service-types). Aliases come from core.
 */
export const OFFICIAL_SERVICE_TYPES: readonly string[] = [
  "accelerator",
  "admin-logic",
  "alarm",
  "application-catalog",
  "application-container",
  "application-deployment",
  "backup",
  "baremetal",
  "baremetal-introspection",
  "block-storage",
  "clustering",
  "compute",
  "container-infrastructure-management",
  "data-processing",
  "data-protection-orchestration",
  "database",
  "dns",
  "ec2-api",
  "event",
  "function-engine",
  "identity",
  "image",
  "instance-ha",
  "key-manager",
  "load-balancer",
  "message",
  "meter",
  "monitoring",
  "monitoring-events",
  "monitoring-logging",
  "multi-region-network-automation",
  "network",
  "nfv-orchestration",
  "object-store",
  "operator-policy",
  "orchestration",
  "placement",
  "rating",
  "reservation",
  "resource-optimization",
  "root-cause-analysis",
  "search",
  "shared-file-system",
  "workflow",
];

/**
 * The config key prefixes that set something for a service type, best first:
 * `block_storage`, then its aliases `volumev3`, `volumev2`, `volume`, `block_store`,
 * in the order openstacksdk tries them.
 */
export function keyPrefixes(serviceType: string): string[] {
  return serviceTypeCandidates(serviceType).map((type) => type.toLowerCase().replace(/-/g, "_"));
}
