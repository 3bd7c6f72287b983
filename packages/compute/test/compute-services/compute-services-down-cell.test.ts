import { isPartial } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { guideServicesSample, servicesListSample } from "../down-cell-samples.js";
import { API, computeCloud, microversionOf, noContent, sent } from "../fixtures.js";

const { server, setup } = computeCloud();

// From 2.69 (the highest asked for services), a nova-compute service of a cell Nova cannot
// reach comes back as { binary, host, status: "UNKNOWN" }: these are Nova's own samples.
describe("compute services of an unreachable cell (2.69+)", () => {
  it("come back beside the healthy ones, every field kept, the partial ones marked", async () => {
    const warnings: string[] = [];
    const { facade, seen } = setup({ session: { logger: { warn: (message: string) => warnings.push(message) } } });
    server.use(http.get(`${API}/os-services`, () => HttpResponse.json(guideServicesSample)));
    const all = await facade.listServices();
    // The healthy ones' integer ids (a pre-2.53 shape, in the guide's sample) are read as text.
    expect(all).toEqual(guideServicesSample.services.map((s) => ("id" in s ? { ...s, id: String(s.id) } : s)));
    expect(all.map(isPartial)).toEqual([true, true, false, false]);
    expect(warnings).toEqual([]);
    expect(microversionOf(seen[0]!)).toBe("2.69");
  });

  it("are read from the os-services sample, and only full services (with an id) can be deleted", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/os-services`, () =>
        HttpResponse.json({ services: [...servicesListSample.services, ...guideServicesSample.services.slice(3)] }),
      ),
      http.delete(`${API}/os-services/:id`, () => noContent()),
    );
    const all = await facade.listServices();
    expect(all.slice(0, 2)).toEqual(servicesListSample.services);
    for (const service of all) if (!isPartial(service)) await facade.deleteService(service);
    expect(seen.map(sent)).toEqual(["GET /v2.1/os-services", "DELETE /v2.1/os-services/2"]);
  });
});
