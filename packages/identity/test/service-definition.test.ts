import { methodTable } from "@openstack-ts/core";
import { describe, expect, it } from "vitest";
import { identity } from "../src/service-definition.js";

describe("the identity façade", () => {
  it("derives every method name once: no two resources claim the same one", () => {
    // methodTable throws ConfigError on a name two resources derive.
    const names = [...methodTable(identity).keys()];
    expect(new Set(names).size).toBe(names.length);
  });

  it.each([
    [
      "trusts",
      [
        "listTrusts",
        "getTrust",
        "findTrust",
        "createTrust",
        "deleteTrust",
        "listTrustRoles",
        "getTrustRole",
        "checkTrustRole",
      ],
    ],
    ["policies", ["listPolicies", "getPolicy", "createPolicy", "updatePolicy", "deletePolicy"]],
    [
      "limits",
      ["listLimits", "getLimit", "createLimit", "createLimits", "updateLimit", "deleteLimit", "getLimitModel"],
    ],
    [
      "registered limits",
      [
        "listRegisteredLimits",
        "getRegisteredLimit",
        "createRegisteredLimit",
        "createRegisteredLimits",
        "updateRegisteredLimit",
        "deleteRegisteredLimit",
      ],
    ],
    [
      "domain configs",
      [
        "getDomainConfig",
        "createDomainConfig",
        "updateDomainConfig",
        "deleteDomainConfig",
        "getDomainConfigGroup",
        "getDomainConfigOption",
        "getDefaultDomainConfig",
      ],
    ],
    ["tokens", ["getToken", "checkToken", "deleteToken", "waitForDeleteToken"]],
    [
      "federation",
      [
        "createIdentityProvider",
        "listIdentityProviders",
        "createMapping",
        "updateMapping",
        "createFederationProtocol",
        "deleteFederationProtocol",
      ],
    ],
    [
      "project tags",
      [
        "getProjectTags",
        "setProjectTags",
        "addProjectTag",
        "checkProjectTag",
        "removeProjectTag",
        "removeAllProjectTags",
      ],
    ],
    ["passwords and access rules", ["changeUserPassword", "listAccessRules", "getAccessRule", "deleteAccessRule"]],
  ])("offers %s", (_, methods) => {
    const table = methodTable(identity);
    expect(methods.filter((name) => !table.has(name))).toEqual([]);
  });
});
