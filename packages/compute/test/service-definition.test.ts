import { methodTable } from "@openstack-ts/core";
import { describe, expect, it } from "vitest";
import { compute } from "../src/service-definition.js";

describe("the compute service", () => {
  it("derives each façade method once, under openstacksdk's names", () => {
    const names = [...methodTable(compute).keys()];
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining([
        "listServers", "getServer", "findServer", "createServer", "updateServer", "deleteServer", "waitForServer", "waitForDeleteServer",
        "rebootServer", "startServer", "stopServer", "pauseServer", "unpauseServer", "suspendServer", "resumeServer", "lockServer",
        "unlockServer", "rescueServer", "unrescueServer", "resizeServer", "confirmServerResize", "revertServerResize", "rebuildServer",
        "createServerImage", "addSecurityGroupToServer", "removeSecurityGroupFromServer", "getServerConsoleOutput",
        "createServerRemoteConsole", "getServerMetadata", "setServerMetadata", "replaceServerMetadata", "getServerMetadataItem",
        "setServerMetadataItem", "deleteServerMetadataItem", "listServerTags", "replaceServerTags", "addServerTag", "checkServerTag",
        "removeServerTag", "removeAllServerTags",
        "listServerInterfaces", "getServerInterface", "createServerInterface", "deleteServerInterface",
        "listVolumeAttachments", "getVolumeAttachment", "createVolumeAttachment", "updateVolumeAttachment", "deleteVolumeAttachment",
        "listServerActions", "getServerAction", "listServerMigrations", "getServerMigration", "abortServerMigration",
        "forceCompleteServerMigration", "listMigrations",
        "listFlavors", "getFlavor", "findFlavor", "createFlavor", "updateFlavor", "deleteFlavor", "fetchFlavorExtraSpecs",
        "createFlavorExtraSpecs", "getFlavorExtraSpecsProperty", "updateFlavorExtraSpecsProperty", "deleteFlavorExtraSpecsProperty",
        "listFlavorAccess", "flavorAddTenantAccess", "flavorRemoveTenantAccess",
        "listKeypairs", "getKeypair", "findKeypair", "createKeypair", "deleteKeypair",
        "listServerGroups", "getServerGroup", "findServerGroup", "createServerGroup", "deleteServerGroup",
        "listAvailabilityZones", "listAvailabilityZoneDetails", "listHypervisors", "getHypervisor",
        "listAggregates", "getAggregate", "findAggregate", "createAggregate", "updateAggregate", "deleteAggregate",
        "addHostToAggregate", "removeHostFromAggregate", "setAggregateMetadata", "aggregatePrecacheImages",
        "listServices", "deleteService", "enableService", "disableService", "updateServiceForcedDown",
        "getLimits", "getQuotaSet", "updateQuotaSet", "deleteQuotaSet", "getQuotaSetDefaults", "getQuotaSetDetail",
      ]),
    );
  });
});
