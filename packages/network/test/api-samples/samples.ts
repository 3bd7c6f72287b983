// Every Networking API reference sample this package types, and the call that reads (or
// sends) it. The samples are neutron-lib's, verbatim: see SOURCE.md for the commit and for
// the families left out.
import { addressScopes } from "../../src/address-scopes/address-scope.js";
import { agents } from "../../src/agents/agent.js";
import { availabilityZones } from "../../src/availability-zones/availability-zone.js";
import { extensions } from "../../src/extensions/extension.js";
import { floatingIps } from "../../src/floating-ips/floating-ip.js";
import { networks } from "../../src/networks/network.js";
import { portForwardings } from "../../src/port-forwardings/port-forwarding.js";
import { ports } from "../../src/ports/port.js";
import { qosPolicies } from "../../src/qos-policies/qos-policy.js";
import { qosRuleTypes } from "../../src/qos-rule-types/qos-rule-type.js";
import { qosBandwidthLimitRules } from "../../src/qos-rules/bandwidth-limit-rule.js";
import { qosDscpMarkingRules } from "../../src/qos-rules/dscp-marking-rule.js";
import { qosMinimumBandwidthRules } from "../../src/qos-rules/minimum-bandwidth-rule.js";
import { qosMinimumPacketRateRules } from "../../src/qos-rules/minimum-packet-rate-rule.js";
import { quotas } from "../../src/quotas/quota.js";
import { rbacPolicies } from "../../src/rbac-policies/rbac-policy.js";
import { routers } from "../../src/routers/router.js";
import { securityGroupRules } from "../../src/security-group-rules/security-group-rule.js";
import { securityGroups } from "../../src/security-groups/security-group.js";
import { segments } from "../../src/segments/segment.js";
import { subnetPools } from "../../src/subnet-pools/subnet-pool.js";
import { subnets } from "../../src/subnets/subnet.js";
import { trunks } from "../../src/trunks/trunk.js";
import { otherHalves, refusals } from "./refusals.js";
import {
  action,
  create,
  get,
  ID,
  list,
  refused,
  type SampleCase,
  update,
} from "../../../../test/support/api-sample-rows.js";

/** A resource's four samples, named `<prefix>-create-request.json`, … as most families name them. */
function crud(
  resource: Parameters<typeof create>[0] &
    Parameters<typeof get>[0] &
    Parameters<typeof update>[0] &
    Parameters<typeof list>[0],
  folder: string,
  one: string,
  all: string,
  parents: object = {},
): SampleCase[] {
  return [
    create(resource, `${folder}/${one}-create-request.json`, `${folder}/${one}-create-response.json`, parents),
    get(resource, `${folder}/${one}-show-response.json`, parents),
    update(resource, `${folder}/${one}-update-request.json`, `${folder}/${one}-update-response.json`, parents),
    list(resource, `${folder}/${all}-list-response.json`, parents),
  ];
}

const qosRules = (
  [
    [qosBandwidthLimitRules, "bandwidth_limit_rule"],
    [qosDscpMarkingRules, "dscp_marking_rule"],
    [qosMinimumBandwidthRules, "minimum_bandwidth_rule"],
    [qosMinimumPacketRateRules, "minimum_packet_rate_rule"],
  ] as const
).flatMap(([resource, name]) => crud(resource, "qos", name, `${name}s`, { qos_policy_id: ID }));

const rows: readonly SampleCase[] = [
  ...crud(addressScopes, "address-scopes", "address-scope", "address-scopes"),

  get(agents, "agents/agent-show-response.json"),
  update(agents, "agents/agent-update-request.json", "agents/agent-update-response.json"),
  list(agents, "agents/agents-list-response.json"),
  action("addDhcpAgentToNetwork", { request: "agents/agent-dhcp-network-add-request.json" }, (body) => ({
    agent: ID,
    network: body.network_id,
  })),
  action("dhcpAgentHostingNetworks", { response: "agents/agent-dhcp-networks-list-response.json" }, () => ({
    agent: ID,
  })),
  action("addRouterToAgent", { request: "agents/agent-l3-router-add-request.json" }, (body) => ({
    agent: ID,
    router: body.router_id,
  })),
  action("agentHostedRouters", { response: "agents/agent-l3-routers-list-response.json" }, () => ({ agent: ID })),
  action("networkHostingDhcpAgents", { response: "agents/network-dhcp-agent-list-response.json" }, () => ({
    network: ID,
  })),
  action("routersHostingL3Agents", { response: "agents/router-l3-agent-list-response.json" }, () => ({
    router: ID,
  })),

  list(availabilityZones, "availability-zones/azs-list-response.json"),

  get(extensions, "extensions/extension-show-response.json"),
  list(extensions, "extensions/extensions-list-response.json"),

  create(floatingIps, "floatingips/floatingip-create-request.json", "floatingips/floatingip-create-response.json"),
  get(floatingIps, "floatingips/floatingip-show-response.json"),
  update(floatingIps, "floatingips/floatingip-update-request.json", "floatingips/floatingip-update-response.json"),
  update(
    floatingIps,
    "floatingips/floatingip-disassociate-request.json",
    "floatingips/floatingip-disassociate-response.json",
  ),
  list(floatingIps, "floatingips/floating-ips-list-response.json"),

  ...crud(networks, "networks", "network", "networks"),
  create(networks, "networks/network-multi-create-request.json", "networks/network-multi-create-response.json"),
  get(networks, "networks/network-multi-show-response.json"),
  update(networks, "networks/network-multi-update-request.json", undefined),
  create(networks, "networks/network-provider-create-request.json", "networks/network-provider-create-response.json"),
  get(networks, "networks/network-provider-show-response.json"),
  update(networks, "networks/network-provider-update-request.json", undefined),
  list(networks, "networks/networks-provider-list-response.json"),

  ...crud(portForwardings, "port_forwardings", "port-fowarding", "port-fowarding", { floatingip_id: ID }),

  ...crud(ports, "ports", "port", "ports"),
  get(ports, "trunks/trunk-details-show-response.json"),

  ...qosRules,
  ...crud(qosPolicies, "qos", "policy", "policies"),
  get(qosRuleTypes, "qos/rule_type-details-bandwidth_limit-response.json"),
  get(qosRuleTypes, "qos/rule_type-details-dscp_marking-response.json"),
  list(qosRuleTypes, "qos/rule_types-list-response.json"),

  action("getQuotaDetails", { response: "quota_details/quota-details-show-for-project-response.json" }, () => ({
    project: ID,
  })),
  get(quotas, "quotas/quotas-list-for-project-response.json"),
  list(quotas, "quotas/quotas-list-response.json"),
  update(quotas, "quotas/quotas-update-request.json", "quotas/quotas-update-response.json"),

  ...crud(rbacPolicies, "rbac_policy", "rbac-policy", "rbac-policies"),

  ...crud(routers, "routers", "router", "routers"),
  action(
    "addInterfaceToRouter",
    { request: "routers/router-add-interface-request.json", response: "routers/router-add-interface-response.json" },
    (body) => ({ router: ID, subnet: body.subnet_id }),
  ),
  action(
    "addInterfaceToRouter",
    {
      request: "routers/router-add-interface-request-with-port.json",
      response: "routers/router-add-interface-response.json",
    },
    (body) => ({ router: ID, port: body.port_id }),
  ),
  action(
    "removeInterfaceFromRouter",
    {
      request: "routers/router-remove-interface-request.json",
      response: "routers/router-remove-interface-response.json",
    },
    (body) => ({ router: ID, subnet: body.subnet_id }),
  ),
  action(
    "removeInterfaceFromRouter",
    {
      request: "routers/router-remove-interface-request-with-port.json",
      response: "routers/router-remove-interface-response.json",
    },
    (body) => ({ router: ID, port: body.port_id }),
  ),
  action(
    "addExtraRoutesToRouter",
    {
      request: "routers/router-add-extraroutes-request.json",
      response: "routers/router-add-extraroutes-response.json",
    },
    (body) => ({ router: ID, routes: body.router.routes }),
  ),
  action(
    "removeExtraRoutesFromRouter",
    {
      request: "routers/router-remove-extraroutes-request.json",
      response: "routers/router-remove-extraroutes-response.json",
    },
    (body) => ({ router: ID, routes: body.router.routes }),
  ),

  ...crud(securityGroups, "security-groups", "security-group", "security-groups"),
  create(
    securityGroupRules,
    "security-groups/security-group-rule-create-request.json",
    "security-groups/security-group-rule-create-response.json",
  ),
  action(
    "createSecurityGroupRules",
    {
      request: "security-groups/security-group-rule-bulk-create-request.json",
      response: "security-groups/security-group-rule-bulk-create-response.json",
    },
    (body) => ({ security_group_rules: body.security_group_rules }),
  ),
  get(securityGroupRules, "security-groups/security-group-rule-show-response.json"),
  list(securityGroupRules, "security-groups/security-group-rules-list-response.json"),

  ...crud(segments, "segments", "segment", "segments"),

  ...crud(subnets, "subnets", "subnet", "subnets"),
  ...crud(subnetPools, "subnets", "subnetpool", "subnetpools"),
  action(
    "addPrefixesToSubnetPool",
    {
      request: "subnets/subnetpool-add-prefixes-request.json",
      response: "subnets/subnetpool-add-prefixes-response.json",
    },
    (body) => ({ subnetpool: ID, prefixes: body.prefixes }),
  ),
  action(
    "removePrefixesFromSubnetPool",
    {
      request: "subnets/subnetpool-remove-prefixes-request.json",
      response: "subnets/subnetpool-remove-prefixes-response.json",
    },
    (body) => ({ subnetpool: ID, prefixes: body.prefixes }),
  ),

  action("getTags", { response: "tag/tag-obtain-response.json" }, () => ({ resourceType: "networks", resource: ID })),
  action("setTags", { request: "tag/tag-update-request.json", response: "tag/tag-update-response.json" }, (body) => ({
    resourceType: "networks",
    resource: ID,
    tags: body.tags,
  })),

  create(trunks, "trunks/trunk-create-request.json", "trunks/trunks-create-response.json"),
  get(trunks, "trunks/trunk-show-response.json"),
  update(trunks, "trunks/trunk-update-request.json", "trunks/trunk-update-response.json"),
  list(trunks, "trunks/trunks-list-response.json"),
  action(
    "addTrunkSubports",
    { request: "trunks/trunk-add-subports-request.json", response: "trunks/trunk-add-subports-response.json" },
    (body) => ({ trunk: ID, sub_ports: body.sub_ports }),
  ),
  action(
    "deleteTrunkSubports",
    { request: "trunks/trunk-remove-subports-request.json", response: "trunks/trunk-remove-subports-response.json" },
    (body) => ({ trunk: ID, sub_ports: body.sub_ports }),
  ),
  action("getTrunkSubports", { response: "trunks/trunk-list-subports-response.json" }, () => ({ trunk: ID })),
];

export const samples: readonly SampleCase[] = [
  ...rows.map((row) => {
    const refusal = refusals[row.request ?? ""] ?? refusals[row.response ?? ""];
    return refusal === undefined ? row : refused(row, ...refusal);
  }),
  ...otherHalves,
];
