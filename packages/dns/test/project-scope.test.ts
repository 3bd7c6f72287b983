import { InvalidArgumentError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { scopedDns } from "../src/project-scope.js";
import { zones } from "../src/zones/zone.js";
import { API, DESIGNATE, dnsCloud } from "./fixtures.js";
import { zoneBody } from "./zones/fixtures.js";

const { server, setup } = dnsCloud();
const headersOf = (request: Request) => ({
  all: request.headers.get("x-auth-all-projects"),
  sudo: request.headers.get("x-auth-sudo-project-id"),
});

describe("Designate's project headers (withProjectScope, scopedDns)", () => {
  it("sends X-Auth-All-Projects and X-Auth-Sudo-Project-ID on every kind of call of a scoped façade", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/zones`, () => HttpResponse.json({ zones: [zoneBody()], links: {} })),
      http.get(`${API}/zones/:id`, () => HttpResponse.json(zoneBody())),
      http.post(`${API}/zones/:id/tasks/export`, () => HttpResponse.json({ id: "e", zone_id: "z", status: "PENDING" })),
      http.get(`${API}/limits`, () =>
        HttpResponse.json({
          max_page_limit: 1000,
          max_recordset_name_length: 255,
          max_recordset_records: 20,
          max_zone_name_length: 255,
          max_zone_records: 500,
          max_zone_recordsets: 500,
          max_zones: 10,
          min_ttl: null,
        }),
      ),
    );
    const all = facade.withProjectScope({ allProjects: true });
    await all.listZones();
    await all.getZone("z");
    await all.createZoneExport({ zone: "z" });
    await all.getLimits();
    const sudo = facade.withProjectScope({ sudoProjectId: "p2", allProjects: false });
    await sudo.listZones();
    await facade.listZones();
    expect(seen.map(headersOf)).toEqual([
      ...Array(4).fill({ all: "true", sudo: null }),
      { all: "false", sudo: "p2" },
      { all: null, sudo: null },
    ]);
  });

  it("shares the façade's endpoint: no second version discovery", async () => {
    const { facade, session } = setup();
    const discovered: string[] = [];
    server.use(
      http.get(`${API}/zones`, () => HttpResponse.json({ zones: [], links: {} })),
      http.get(`${DESIGNATE}/`, ({ request }) => {
        discovered.push(request.url);
        return HttpResponse.json({
          versions: [{ id: "v2.0", status: "CURRENT", links: [{ rel: "self", href: `${DESIGNATE}/v2` }] }],
        });
      }),
    );
    await facade.listZones();
    const before = discovered.length;
    await facade.withProjectScope({ allProjects: true }).listZones();
    await zones.list(scopedDns(session, { allProjects: true }));
    expect(discovered.length).toBe(before);
  });

  it("refuses a scope it cannot send, naming what was wrong", () => {
    const { facade } = setup();
    expect(() => facade.withProjectScope({ allProjects: "yes" as never })).toThrow(/allProjects must be true or false/);
    expect(() => facade.withProjectScope({ sudoProjectId: "" })).toThrow(InvalidArgumentError);
    // @ts-expect-error: not a scope option
    expect(() => facade.withProjectScope({ projectId: "p" })).toThrow(/not 'projectId'/);
  });
});
