import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, blockStorageCloud, sent } from "../fixtures.js";
import { availabilityZonesBody } from "./fixtures.js";

const { server, setup } = blockStorageCloud();

describe("availability zones", () => {
  it("lists os-availability-zone in one request", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/os-availability-zone`, () => HttpResponse.json(availabilityZonesBody)));
    expect(await facade.listAvailabilityZones()).toEqual([{ zoneName: "nova", zoneState: { available: true } }]);
    expect(seen.map(sent)).toEqual(["GET os-availability-zone"]);
  });
});
