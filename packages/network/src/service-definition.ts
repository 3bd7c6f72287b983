import { defineService } from "@openstack-ts/core";
import { addressScopes } from "./address-scopes/address-scope.js";
import { agents } from "./agents/agent.js";
import { availabilityZones } from "./availability-zones/availability-zone.js";
import { extensions } from "./extensions/extension.js";
import { floatingIps } from "./floating-ips/floating-ip.js";
import { networks } from "./networks/network.js";
import { portForwardings } from "./port-forwardings/port-forwarding.js";
import { ports } from "./ports/port.js";
import { qosPolicies } from "./qos-policies/qos-policy.js";
import { qosRuleTypes } from "./qos-rule-types/qos-rule-type.js";
import { qosBandwidthLimitRules } from "./qos-rules/bandwidth-limit-rule.js";
import { qosDscpMarkingRules } from "./qos-rules/dscp-marking-rule.js";
import { qosMinimumBandwidthRules } from "./qos-rules/minimum-bandwidth-rule.js";
import { qosMinimumPacketRateRules } from "./qos-rules/minimum-packet-rate-rule.js";
import { quotas } from "./quotas/quota.js";
import { rbacPolicies } from "./rbac-policies/rbac-policy.js";
import { routers } from "./routers/router.js";
import { securityGroupRules } from "./security-group-rules/security-group-rule.js";
import { securityGroups } from "./security-groups/security-group.js";
import { segments } from "./segments/segment.js";
import { networkService } from "./service.js";
import { subnetPools } from "./subnet-pools/subnet-pool.js";
import { subnets } from "./subnets/subnet.js";
import { tags } from "./tags/tag.js";
import { trunks } from "./trunks/trunk.js";

/** Every network resource, for the `conn.network` façade. */
export const network = defineService(networkService, {
  networks,
  subnets,
  ports,
  routers,
  floatingIps,
  portForwardings,
  securityGroups,
  securityGroupRules,
  subnetPools,
  addressScopes,
  rbacPolicies,
  quotas,
  availabilityZones,
  extensions,
  agents,
  segments,
  trunks,
  qosPolicies,
  qosRuleTypes,
  qosBandwidthLimitRules,
  qosDscpMarkingRules,
  qosMinimumBandwidthRules,
  qosMinimumPacketRateRules,
  tags,
});
