/**
 * Service types that have aliases, from the OpenStack service-types authority
 * (os-service-types data). The official type comes first; a catalog entry under any
 * name of a group answers for all of them, official name preferred.
 */
const groups: readonly (readonly string[])[] = [
  ["block-storage", "volumev3", "volumev2", "volume", "block-store"],
  ["baremetal", "bare-metal"],
  ["clustering", "resource-cluster", "cluster"],
  ["resource-optimization", "infra-optim"],
  ["message", "messaging"],
  ["container-infrastructure-management", "container-infrastructure", "container-infra"],
  ["workflow", "workflowv2"],
  ["operator-policy", "policy"],
  ["shared-file-system", "sharev2", "share"],
  ["alarm", "alarming"],
  ["meter", "metering", "telemetry"],
  ["event", "events"],
  ["application-deployment", "application_deployment"],
  ["multi-region-network-automation", "tricircle"],
  ["application-container", "container"],
  ["root-cause-analysis", "rca"],
  ["monitoring-logging", "monitoring-log-api"],
  ["instance-ha", "ha"],
  ["admin-logic", "registration"],
];

/** Every catalog type that can serve `serviceType`, official name first. */
export function serviceTypeCandidates(serviceType: string): readonly string[] {
  return groups.find((group) => group.includes(serviceType)) ?? [serviceType];
}

/** The official name of a type or alias (`volumev3` → `block-storage`). */
export function officialServiceType(serviceType: string): string {
  return serviceTypeCandidates(serviceType)[0] ?? serviceType;
}
