import { InvalidArgumentError, MicroversionError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, microversionOf, placementCloud, sent } from "../fixtures.js";
import { listAllocationCandidates } from "../../src/allocation-candidates/allocation-candidates.js";
import { candidatesBody, COMPUTE, ROOT } from "./fixtures.js";
import { candidatesQuery } from "../../src/allocation-candidates/query.js";

const { server, setup } = placementCloud();

describe("allocation candidates", () => {
  it("asks with Placement's query syntax at the highest shared microversion and reads requests and summaries", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/allocation_candidates`, () => HttpResponse.json(candidatesBody)));
    const found = await listAllocationCandidates(facade, {
      resources: { VCPU: 1, MEMORY_MB: 512 },
      required: "CUSTOM_FOO,!CUSTOM_BAR",
      limit: 5,
    });
    expect(found.allocation_requests[0]?.allocations[COMPUTE]?.resources).toEqual({ VCPU: 1 });
    expect(found.allocation_requests[0]?.mappings).toEqual({ "": [COMPUTE] });
    expect(found.provider_summaries[COMPUTE]?.parent_provider_uuid).toBe(ROOT);
    expect(found.provider_summaries[COMPUTE]?.resources["MEMORY_MB"]).toEqual({ capacity: 2048, used: 0 });
    expect(sent(seen[0]!)).toBe(
      "GET /allocation_candidates?resources=VCPU:1,MEMORY_MB:512&required=CUSTOM_FOO,!CUSTOM_BAR&limit=5",
    );
    expect(microversionOf(seen[0]!)).toBe("placement 1.39");
  });

  it("sends granular groups with their suffixes and the group policy", async () => {
    const { session, seen } = setup();
    server.use(
      http.get(`${API}/allocation_candidates`, () =>
        HttpResponse.json({ allocation_requests: [], provider_summaries: {} }),
      ),
    );
    const none = await listAllocationCandidates(session, {
      resources: "VCPU:1",
      resources_NIC: "NET_BW_EGR_KILOBIT_PER_SEC:10",
      required_NIC: "CUSTOM_PHYSNET1",
      member_of: [`in:${ROOT},${COMPUTE}`, ROOT],
      group_policy: "isolate",
    });
    expect(none.allocation_requests).toEqual([]);
    expect(sent(seen[0]!)).toBe(
      `GET /allocation_candidates?resources=VCPU:1&resources_NIC=NET_BW_EGR_KILOBIT_PER_SEC:10&required_NIC=CUSTOM_PHYSNET1&member_of=in:${ROOT},${COMPUTE}&member_of=${ROOT}&group_policy=isolate`,
    );
  });

  it("knows the microversion each filter needs", () => {
    expect(candidatesQuery({ resources: "VCPU:1" }).requires).toBe("1.12");
    expect(candidatesQuery({ resources: "VCPU:1", limit: 1 }).requires).toBe("1.16");
    expect(candidatesQuery({ resources: "VCPU:1", required: "!CUSTOM_A" }).requires).toBe("1.22");
    expect(candidatesQuery({ resources1: "VCPU:1", group_policy: "none" }).requires).toBe("1.25");
    expect(candidatesQuery({ resources: "VCPU:1", in_tree: ROOT }).requires).toBe("1.31");
    expect(candidatesQuery({ resources_X: "VCPU:1" }).requires).toBe("1.33");
    expect(candidatesQuery({ resources: "VCPU:1", root_required: "CUSTOM_A" }).requires).toBe("1.35");
    expect(candidatesQuery({ resources: "VCPU:1", same_subtree: "_A,_B" }).requires).toBe("1.36");
    expect(candidatesQuery({ resources: "VCPU:1", required: ["CUSTOM_A", "CUSTOM_B"] }).requires).toBe("1.39");
    expect(candidatesQuery({ resources: "VCPU:1", required: "in:CUSTOM_A,CUSTOM_B" }).requires).toBe("1.39");
  });

  it("refuses what the server is too old for, and filters it does not know, before sending", async () => {
    const { session, seen } = setup("1.34");
    await expect(listAllocationCandidates(session, { resources: "VCPU:1", root_required: "CUSTOM_A" })).rejects.toThrow(
      MicroversionError,
    );
    await expect(listAllocationCandidates(session, { resources: "VCPU:1", root_required: "CUSTOM_A" })).rejects.toThrow(
      /needs microversion 1.35/,
    );
    // @ts-expect-error: not a filter of allocation candidates
    await expect(listAllocationCandidates(session, { resourcez: "VCPU:1" })).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
    // Not fooled by names every object has.
    expect(() => candidatesQuery({ toString: "x" } as never)).toThrow(InvalidArgumentError);
    expect(seen).toHaveLength(0);
  });
});
