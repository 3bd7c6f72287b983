// Every JSON response sample of Octavia's API reference that a call reads alone, with that
// call. Where the files come from: SOURCE.md.
import type { ResponseCase } from "./sample-cases.js";

const pool_id = "4029d267-3983-4224-a3d0-afb3fe16a2cd";
const l7policy_id = "8a1412f0-4c32-4257-8b07-af4770b604fd";

export const responseCases: ResponseCase[] = [
  { file: "loadbalancer-show-response.json", key: "loadbalancer", call: (f) => f.getLoadBalancer("lb") },
  { file: "loadbalancers-list-response.json", key: "loadbalancers", call: (f) => f.listLoadBalancers() },
  {
    file: "loadbalancer-stats-response.json",
    key: "stats",
    call: (f) => f.getLoadBalancerStatistics({ load_balancer: "lb" }),
  },
  {
    file: "loadbalancer-status-response.json",
    key: "statuses",
    call: (f) => f.getLoadBalancerStatusTree({ load_balancer: "lb" }),
  },
  { file: "listener-show-response.json", key: "listener", call: (f) => f.getListener("l") },
  { file: "listeners-list-response.json", key: "listeners", call: (f) => f.listListeners() },
  // Its request sample is refused (see SOURCE.md); the answer still parses.
  { file: "listener-create-response.json", key: "listener", call: (f) => f.getListener("l") },
  { file: "listener-stats-response.json", key: "stats", call: (f) => f.getListenerStatistics({ listener: "l" }) },
  { file: "pool-show-response.json", key: "pool", call: (f) => f.getPool("p") },
  { file: "pools-list-response.json", key: "pools", call: (f) => f.listPools() },
  { file: "member-show-response.json", key: "member", call: (f) => f.getMember("m", { pool_id }) },
  { file: "members-list-response.json", key: "members", call: (f) => f.listMembers({ pool_id }) },
  { file: "member-create-response.json", key: "member", call: (f) => f.getMember("m", { pool_id }) },
  { file: "member-update-response.json", key: "member", call: (f) => f.getMember("m", { pool_id }) },
  { file: "healthmonitor-show-response.json", key: "healthmonitor", call: (f) => f.getHealthMonitor("h") },
  { file: "healthmonitors-list-response.json", key: "healthmonitors", call: (f) => f.listHealthMonitors() },
  { file: "healthmonitor-create-response.json", key: "healthmonitor", call: (f) => f.getHealthMonitor("h") },
  { file: "l7policy-show-response.json", key: "l7policy", call: (f) => f.getL7Policy("p") },
  { file: "l7policies-list-response.json", key: "l7policies", call: (f) => f.listL7Policies() },
  { file: "l7rule-show-response.json", key: "rule", call: (f) => f.getL7Rule("r", { l7policy_id }) },
  { file: "l7rules-list-response.json", key: "rules", call: (f) => f.listL7Rules({ l7policy_id }) },
  { file: "quotas-show-response.json", key: "quota", call: (f) => f.getQuota("e3cd678b11784734bc366148aa37580e") },
  { file: "quotas-list-response.json", key: "quotas", call: (f) => f.listQuotas() },
  { file: "quotas-defaults-response.json", key: "quota", call: (f) => f.getQuotaDefaults() },
  { file: "provider-list-response.json", key: "providers", call: (f) => f.listProviders() },
  {
    file: "provider-flavor-capability-show-response.json",
    key: "flavor_capabilities",
    call: (f) => f.listProviderFlavorCapabilities({ provider: "amphora" }),
  },
  {
    file: "provider-availability-zone-capability-show-response.json",
    key: "availability_zone_capabilities",
    call: (f) => f.listProviderAvailabilityZoneCapabilities({ provider: "amphora" }),
  },
  { file: "flavor-show-response.json", key: "flavor", call: (f) => f.getFlavor("f") },
  { file: "flavors-list-response.json", key: "flavors", call: (f) => f.listFlavors() },
  { file: "flavorprofile-show-response.json", key: "flavorprofile", call: (f) => f.getFlavorProfile("fp") },
  { file: "flavorprofiles-list-response.json", key: "flavorprofiles", call: (f) => f.listFlavorProfiles() },
  {
    file: "availabilityzone-show-response.json",
    key: "availability_zone",
    call: (f) => f.getAvailabilityZone("my_az"),
  },
  {
    file: "availabilityzone-list-response.json",
    key: "availability_zones",
    call: (f) => f.listAvailabilityZones(),
  },
  {
    file: "availabilityzoneprofile-show-response.json",
    key: "availability_zone_profile",
    call: (f) => f.getAvailabilityZoneProfile("azp"),
  },
  {
    file: "availabilityzoneprofile-list-response.json",
    key: "availability_zone_profiles",
    call: (f) => f.listAvailabilityZoneProfiles(),
  },
  { file: "amphora-show-response.json", key: "amphora", call: (f) => f.getAmphora("a") },
  { file: "amphora-list-response.json", key: "amphorae", call: (f) => f.listAmphorae() },
  {
    file: "amphora-show-stats-response.json",
    key: "amphora_stats",
    call: (f) => f.getAmphoraStatistics({ amphora: "a" }),
  },
];
