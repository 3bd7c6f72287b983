import { InvalidArgumentError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, networkCloud, sent } from "../fixtures.js";

const { server, setup } = networkCloud();

// From the Networking API reference (v2.0, "Availability Zones").
const zones = {
  availability_zones: [
    { state: "available", resource: "router", name: "nova" },
    { state: "available", resource: "network", name: "nova" },
  ],
};

describe("availability zones", () => {
  it("lists the zones per resource, filtered by resource and state", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/availability_zones`, () => HttpResponse.json(zones)));
    const all = await facade.listAvailabilityZones({ resource: "router", state: "available" });
    expect(all.map((z) => `${z.resource}:${z.name}`)).toEqual(["router:nova", "network:nova"]);
    expect(seen.map(sent)).toEqual(["GET /v2.0/availability_zones?resource=router&state=available"]);
  });

  it("is list-only, and refuses filters Neutron refuses", async () => {
    const { facade } = setup();
    // @ts-expect-error: zones have no id to get one by
    expect(facade.getAvailabilityZone).toBeUndefined();
    // @ts-expect-error: not a filter of zones
    await expect(facade.listAvailabilityZones({ id: "nova" })).rejects.toBeInstanceOf(InvalidArgumentError);
  });
});
