import { ConflictError } from "@openstack-ts/core";
import { http } from "msw";
import { describe, expect, it } from "vitest";
import { API, microversionOf, noContent, placementCloud, placementError, sent } from "../fixtures.js";
import { reshape } from "../../src/reshaper/reshape.js";

const { server, setup } = placementCloud();

// Shaped like the API reference's post-reshaper-1.30.json, trimmed to one provider and one consumer.
const body = {
  inventories: {
    "c4ddddbb-01ee-4814-85c9-f57a962c22ba": {
      inventories: { VCPU: { max_unit: 8, total: 10 } },
      resource_provider_generation: 3,
    },
  },
  allocations: {
    "e10e7ca0-2ac5-4c98-bad9-51c95b1930ed": {
      allocations: { "c4ddddbb-01ee-4814-85c9-f57a962c22ba": { resources: { VCPU: 8 } } },
      project_id: "2f0c4ffc-4c4d-407a-b334-56297b871b7f",
      user_id: "cc8a0fe0-2b7c-4392-ae51-747bc73cf473",
      consumer_generation: 1,
    },
  },
};

describe("reshaper", () => {
  it("POSTs inventories and allocations together at 1.30, or 1.38 with consumer types", async () => {
    const { facade, seen } = setup();
    server.use(http.post(`${API}/reshaper`, () => noContent()));
    await reshape(facade, body);
    const [consumer] = Object.entries(body.allocations);
    await reshape(facade, { ...body, allocations: { [consumer![0]]: { ...consumer![1], consumer_type: "INSTANCE" } } });
    expect(seen.map(sent)).toEqual(["POST /reshaper", "POST /reshaper"]);
    expect(await seen[0]!.json()).toEqual(body);
    expect(seen.map(microversionOf)).toEqual(["placement 1.30", "placement 1.38"]);
  });

  it("fails whole on a stale generation", async () => {
    const { session } = setup();
    server.use(
      http.post(`${API}/reshaper`, () =>
        placementError(409, "resource provider generation conflict", "placement.concurrent_update"),
      ),
    );
    await expect(reshape(session, body)).rejects.toBeInstanceOf(ConflictError);
  });
});
