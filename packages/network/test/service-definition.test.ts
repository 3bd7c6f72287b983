import { methodTable } from "@openstack-ts/core";
import { describe, expect, it } from "vitest";
import { network } from "../src/service-definition.js";

describe("the network service", () => {
  it("derives every method once: no two resources claim a name", () => {
    expect(() => methodTable(network)).not.toThrow();
  });

  it("offers the verbs and actions of each resource under openstacksdk-like names", () => {
    const names = [...methodTable(network).keys()];
    expect(names).toEqual(
      expect.arrayContaining([
        "listRouters",
        "addInterfaceToRouter",
        "removeInterfaceFromRouter",
        "addExtraRoutesToRouter",
        "removeExtraRoutesFromRouter",
        "createFloatingIp",
        "updateFloatingIp",
        "waitForFloatingIp",
        "listPortForwardings",
        "createSecurityGroup",
        "createSecurityGroupRule",
        "createSecurityGroupRules",
        "createSubnetPool",
        "addPrefixesToSubnetPool",
        "createAddressScope",
        "createRbacPolicy",
        "getQuota",
        "updateQuota",
        "deleteQuota",
        "getQuotaDefault",
        "getQuotaDetails",
        "listAvailabilityZones",
        "listExtensions",
        "getExtension",
        "findExtension",
        "listAgents",
        "updateAgent",
        "deleteAgent",
        "addDhcpAgentToNetwork",
        "routersHostingL3Agents",
        "createSegment",
        "createTrunk",
        "addTrunkSubports",
        "deleteTrunkSubports",
        "getTrunkSubports",
        "createQosPolicy",
        "listQosRuleTypes",
        "createQosBandwidthLimitRule",
        "createQosDscpMarkingRule",
        "createQosMinimumBandwidthRule",
        "createQosMinimumPacketRateRule",
        "getTags",
        "setTags",
        "addTag",
        "removeTag",
        "checkTag",
        "removeAllTags",
      ]),
    );
    // What Neutron cannot do is not offered.
    for (const missing of [
      "createAgent",
      "createQuota",
      "updateSecurityGroupRule",
      "getAvailabilityZone",
      "createExtension",
      "listTags",
    ]) {
      expect(names).not.toContain(missing);
    }
  });
});
