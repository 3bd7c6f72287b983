import { isPartial, MicroversionError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, computeCloud, microversionOf, noContent, sent } from "../fixtures.js";

const { server, setup } = computeCloud();

const ID = "e81d66a4-ddd3-4aba-8a84-171d1cb4d339";
const serviceBody = {
  id: ID,
  binary: "nova-compute",
  disabled_reason: null,
  host: "host1",
  state: "up",
  status: "enabled",
  updated_at: "2012-10-29T13:42:05.000000",
  forced_down: false,
  zone: "nova",
};

describe("compute services", () => {
  it("lists by binary and host at 2.69 (2.53 and down-cell records), and deletes", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/os-services`, () =>
        HttpResponse.json({
          services: [serviceBody, { ...serviceBody, id: "s2", binary: "nova-scheduler", zone: "internal" }],
        }),
      ),
      http.delete(`${API}/os-services/:id`, () => noContent()),
    );
    const listed = await facade.listServices({ binary: "nova-compute", host: "host1" });
    expect(listed.map((s) => s.binary)).toEqual(["nova-compute", "nova-scheduler"]);
    const first = listed[0]!;
    if (isPartial(first)) throw new Error("a full service was read as partial");
    await facade.deleteService(first);
    expect(seen.map(sent)).toEqual([
      "GET /v2.1/os-services?binary=nova-compute&host=host1",
      `DELETE /v2.1/os-services/${ID}`,
    ]);
    expect(microversionOf(seen[0]!)).toBe("2.69");
  });

  it("reads integer ids of an older Nova", async () => {
    const { facade } = setup({ maxMicroversion: "2.11" });
    server.use(http.get(`${API}/os-services`, () => HttpResponse.json({ services: [{ ...serviceBody, id: 1 }] })));
    expect((await facade.listServices())[0]?.id).toBe("1");
  });

  it("enables, disables with a reason and forces down with bare PUT bodies", async () => {
    const { facade, seen } = setup();
    server.use(
      http.put(`${API}/os-services/:id`, () =>
        HttpResponse.json({ service: { ...serviceBody, status: "disabled", disabled_reason: "maintenance" } }),
      ),
    );
    await facade.enableService({ service: serviceBody });
    expect(await facade.disableService({ service: ID, disabled_reason: "maintenance" })).toMatchObject({
      service: { status: "disabled" },
    });
    await facade.updateServiceForcedDown({ service: ID, forced_down: true });
    expect(await Promise.all(seen.map((r) => r.json()))).toEqual([
      { status: "enabled" },
      { status: "disabled", disabled_reason: "maintenance" },
      { forced_down: true },
    ]);
    expect(seen.map(microversionOf)).toEqual(["2.53", "2.53", "2.53"]);
    expect(seen.map(sent)).toEqual(Array(3).fill(`PUT /v2.1/os-services/${ID}`));
  });

  it("raises MicroversionError for enable/disable on a Nova older than 2.53", async () => {
    const { facade, seen } = setup({ maxMicroversion: "2.52" });
    await expect(facade.disableService({ service: "1" })).rejects.toThrow(MicroversionError);
    await expect(facade.enableService({ service: "1" })).rejects.toThrow(/needs microversion 2\.53.*at most 2\.52/);
    expect(seen).toHaveLength(0);
  });
});
