// The package's resources, one line each. Every resource exported here is on the façade
// (service-definition.ts takes them all): adding a resource is adding its line.
export { Network, networks } from "./networks/network.js";
export { Subnet, subnets } from "./subnets/subnet.js";
export { Port, ports } from "./ports/port.js";
export { Router, RouterInterface, routers } from "./routers/router.js";
export { FloatingIp, floatingIps } from "./floating-ips/floating-ip.js";
export { PortForwarding, portForwardings } from "./port-forwardings/port-forwarding.js";
export { SecurityGroup, securityGroups } from "./security-groups/security-group.js";
export {
  SecurityGroupRule,
  securityGroupRules,
  type SecurityGroupRuleCreate,
} from "./security-group-rules/security-group-rule.js";
export { SubnetPool, subnetPools } from "./subnet-pools/subnet-pool.js";
export { AddressScope, addressScopes } from "./address-scopes/address-scope.js";
export { RbacPolicy, rbacPolicies } from "./rbac-policies/rbac-policy.js";
export { Quota, QuotaDetails, QuotaUsage, quotas } from "./quotas/quota.js";
export { AvailabilityZone, availabilityZones } from "./availability-zones/availability-zone.js";
export { Extension, extensions } from "./extensions/extension.js";
export { Agent, agents } from "./agents/agent.js";
export { Segment, segments } from "./segments/segment.js";
export { SubPort, Trunk, trunks } from "./trunks/trunk.js";
export { QosPolicy, qosPolicies } from "./qos-policies/qos-policy.js";
export { QosRuleType, qosRuleTypes } from "./qos-rule-types/qos-rule-type.js";
export { QosBandwidthLimitRule, qosBandwidthLimitRules } from "./qos-rules/bandwidth-limit-rule.js";
export { QosDscpMarkingRule, qosDscpMarkingRules } from "./qos-rules/dscp-marking-rule.js";
export { QosMinimumBandwidthRule, qosMinimumBandwidthRules } from "./qos-rules/minimum-bandwidth-rule.js";
export { QosMinimumPacketRateRule, qosMinimumPacketRateRules } from "./qos-rules/minimum-packet-rate-rule.js";
export { Tags, tags, taggableResourceTypes } from "./tags/tag.js";
