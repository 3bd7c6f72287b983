import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, computeCloud, sent } from "../fixtures.js";

const { server, setup } = computeCloud();

const service = { active: true, available: true, updated_at: "2024-03-01T10:00:00.000000" };

describe("availability zones", () => {
  it("lists the zones, and with details their hosts and services", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/os-availability-zone`, () =>
        HttpResponse.json({
          availabilityZoneInfo: [{ hosts: null, zoneName: "nova", zoneState: { available: true } }],
        }),
      ),
      http.get(`${API}/os-availability-zone/detail`, () =>
        HttpResponse.json({
          availabilityZoneInfo: [
            {
              hosts: {
                conductor: { "nova-conductor": service },
                scheduler: { "nova-scheduler": { ...service, updated_at: null } },
              },
              zoneName: "internal",
              zoneState: { available: true },
            },
            { hosts: { compute: { "nova-compute": service } }, zoneName: "nova", zoneState: { available: true } },
          ],
        }),
      ),
    );
    const zones = await facade.listAvailabilityZones();
    expect(zones).toEqual([{ hosts: null, zoneName: "nova", zoneState: { available: true } }]);
    const detailed = await facade.listAvailabilityZoneDetails();
    expect(detailed.map((z) => z.zoneName)).toEqual(["internal", "nova"]);
    expect(detailed[1]?.hosts?.["compute"]?.["nova-compute"]?.active).toBe(true);
    expect(seen.map(sent)).toEqual(["GET /v2.1/os-availability-zone", "GET /v2.1/os-availability-zone/detail"]);
  });
});
