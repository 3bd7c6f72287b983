import { ConflictError, MicroversionError, NotFoundError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, microversionOf, noContent, placementCloud, placementError, sent } from "../fixtures.js";
import { getAllocations, manageAllocations, setAllocations } from "../../src/allocations/consumer-allocations.js";
import {
  allocationsBody,
  CONSUMER,
  manageAllocationsRequest,
  providerAllocationsBody,
  setAllocationsRequest,
} from "./fixtures.js";
import { getResourceProviderAllocations } from "../../src/allocations/provider-allocations.js";

const { server, setup } = placementCloud();

describe("a consumer's allocations", () => {
  it("reads them keyed by provider, with the consumer's generation and type", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/allocations/:consumer`, () => HttpResponse.json(allocationsBody)));
    const got = await getAllocations(facade, { consumer_uuid: CONSUMER });
    expect(got.consumer_generation).toBe(1);
    expect(got.consumer_type).toBe("INSTANCE");
    expect(got.allocations["ba8e1ef8-7fa3-41a4-9bb4-d7cb2019899b"]?.resources).toEqual({ MEMORY_MB: 512, VCPU: 2 });
    expect(sent(seen[0]!)).toBe(`GET /allocations/${CONSUMER}`);
    expect(microversionOf(seen[0]!)).toBe("placement 1.39");
  });

  it("reads a consumer Placement has not seen as no allocations", async () => {
    const { session } = setup();
    server.use(http.get(`${API}/allocations/:consumer`, () => HttpResponse.json({ allocations: {} })));
    expect(await getAllocations(session, { consumer_uuid: CONSUMER })).toEqual({ allocations: {} });
  });

  it("writes them with PUT at the microversion the body needs", async () => {
    const { session, seen } = setup();
    server.use(http.put(`${API}/allocations/:consumer`, () => noContent()));
    await setAllocations(session, { consumer_uuid: CONSUMER, ...setAllocationsRequest });
    await setAllocations(session, {
      consumer_uuid: CONSUMER,
      ...setAllocationsRequest,
      mappings: { "": ["89873422-1373-46e5-b467-f0c5e6acf08f"] },
    });
    await setAllocations(session, { consumer_uuid: CONSUMER, ...setAllocationsRequest, consumer_type: "INSTANCE" });
    expect(seen.map(sent)).toEqual(Array(3).fill(`PUT /allocations/${CONSUMER}`));
    expect(seen.map(microversionOf)).toEqual(["placement 1.28", "placement 1.34", "placement 1.38"]);
    expect(await seen[0]!.json()).toEqual(setAllocationsRequest);
    const old = setup("1.37");
    await expect(
      setAllocations(old.session, { consumer_uuid: CONSUMER, ...setAllocationsRequest, consumer_type: "INSTANCE" }),
    ).rejects.toBeInstanceOf(MicroversionError);
  });

  it("passes a stale consumer generation or a lack of capacity on as a ConflictError", async () => {
    const { session } = setup();
    server.use(
      http.put(`${API}/allocations/:consumer`, () =>
        placementError(409, "consumer generation conflict - expected 2 but got 1", "placement.concurrent_update"),
      ),
    );
    const failure = setAllocations(session, { consumer_uuid: CONSUMER, ...setAllocationsRequest });
    await expect(failure).rejects.toBeInstanceOf(ConflictError);
    await expect(failure).rejects.toThrow(/consumer generation conflict/);
  });

  it("deletes them through the façade; none to delete is a NotFoundError", async () => {
    const { facade, seen } = setup();
    server.use(
      http.delete(`${API}/allocations/:consumer`, ({ params }) =>
        params["consumer"] === CONSUMER ? noContent() : placementError(404, "No allocations for consumer"),
      ),
    );
    await facade.deleteAllocations({ consumer_uuid: CONSUMER });
    await expect(facade.deleteAllocations({ consumer_uuid: "other" })).rejects.toBeInstanceOf(NotFoundError);
    expect(seen.map(sent)).toEqual([`DELETE /allocations/${CONSUMER}`, "DELETE /allocations/other"]);
  });
});

describe("several consumers at once", () => {
  it("POSTs every consumer's allocations in one body", async () => {
    const { session, seen } = setup();
    server.use(http.post(`${API}/allocations`, () => noContent()));
    await manageAllocations(session, manageAllocationsRequest);
    expect(sent(seen[0]!)).toBe("POST /allocations");
    expect(await seen[0]!.json()).toEqual(manageAllocationsRequest);
    expect(microversionOf(seen[0]!)).toBe("placement 1.28");
  });
});

describe("a provider's allocations", () => {
  it("reads them keyed by consumer, with the provider's generation", async () => {
    const { session, seen } = setup();
    server.use(
      http.get(`${API}/resource_providers/:uuid/allocations`, () => HttpResponse.json(providerAllocationsBody)),
    );
    const got = await getResourceProviderAllocations(session, { resource_provider_uuid: "p1" });
    expect(Object.keys(got.allocations)).toHaveLength(2);
    expect(got.resource_provider_generation).toBe(12);
    expect(sent(seen[0]!)).toBe("GET /resource_providers/p1/allocations");
  });
});
