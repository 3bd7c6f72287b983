// The package's resources, one line each. Every resource exported here is on the façade
// (service-definition.ts takes them all): adding a resource is adding its line.
export { LoadBalancer, AdditionalVip, loadBalancers } from "./load-balancers/load-balancer.js";
export { Listener, listeners } from "./listeners/listener.js";
export { Pool, SessionPersistence, pools } from "./pools/pool.js";
export { Member, members, type MemberInput } from "./members/member.js";
export { HealthMonitor, healthMonitors } from "./health-monitors/health-monitor.js";
export { L7Policy, l7Policies } from "./l7-policies/l7-policy.js";
export { L7Rule, l7Rules } from "./l7-rules/l7-rule.js";
export { Quota, quotas } from "./quotas/quota.js";
export { Provider, ProviderCapability, providers } from "./providers/provider.js";
export { Flavor, flavors } from "./flavors/flavor.js";
export { FlavorProfile, flavorProfiles } from "./flavor-profiles/flavor-profile.js";
export { AvailabilityZone, availabilityZones } from "./availability-zones/availability-zone.js";
export {
  AvailabilityZoneProfile,
  availabilityZoneProfiles,
} from "./availability-zone-profiles/availability-zone-profile.js";
export { Amphora, AmphoraStatistics, amphorae } from "./amphorae/amphora.js";
