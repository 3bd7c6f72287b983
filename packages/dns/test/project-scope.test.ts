import { checkCallHeaderNames, InvalidArgumentError } from "@openstack-ts/core";
import { dnsCalls } from "../src/service-definition.js";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { scopedDns } from "../src/project-scope.js";
import { zones } from "../src/zones/zone.js";
import { API, DESIGNATE, dnsCloud, sent } from "./fixtures.js";
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
    expect(() => facade.withProjectScope({ allProjects: "yes" as never })).toThrow(
      new InvalidArgumentError(`withProjectScope option 'allProjects' must be boolean, got "yes"`),
    );
    expect(() => facade.withProjectScope({ sudoProjectId: "" })).toThrow(
      new InvalidArgumentError(
        `withProjectScope option 'sudoProjectId' must be a project id (a non-empty string), got ""`,
      ),
    );
    // @ts-expect-error: not a scope option
    expect(() => facade.withProjectScope({ projectId: "p" })).toThrow(
      new InvalidArgumentError("withProjectScope has no option 'projectId'; it takes: allProjects, sudoProjectId"),
    );
  });
});

describe("Designate's project headers as call options", () => {
  it("are named unlike any option of a DNS resource", () => {
    for (const resource of Object.values(dnsCalls.resources))
      expect(() => checkCallHeaderNames(resource)).not.toThrow();
  });

  it("sends them from any call's options: list, get, find, create, update, delete, waits, actions, functions", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/zones`, () => HttpResponse.json({ zones: [zoneBody()], links: {} })),
      http.get(`${API}/zones/:id`, () => HttpResponse.json(zoneBody())),
      http.post(`${API}/zones`, () => HttpResponse.json(zoneBody(), { status: 202 })),
      http.patch(`${API}/zones/:id`, () => HttpResponse.json(zoneBody(), { status: 202 })),
      http.delete(`${API}/zones/:id`, () => HttpResponse.json(zoneBody(), { status: 202 })),
      http.post(`${API}/zones/:id/tasks/abandon`, () => new HttpResponse(null, { status: 204 })),
      http.get(`${API}/zones/tasks/exports/:id/export`, () => HttpResponse.text("$ORIGIN example.org.\n")),
    );
    const zone = zoneBody();
    await facade.listZones({}, { allProjects: true });
    await facade.getZone(zone.id, { sudoProjectId: "p2" });
    await facade.findZone(zone.name, { allProjects: true });
    await facade.createZone({ name: "example.org.", email: "a@example.org" }, { sudoProjectId: "p2" });
    await facade.updateZone(zone.id, { ttl: 600 }, { sudoProjectId: "p2", allProjects: false });
    await facade.waitForZone(zone.id, { status: "ACTIVE", allProjects: true });
    await facade.deleteZone(zone.id, { allProjects: true });
    await facade.abandonZone({ zone: zone.id }, { sudoProjectId: "p2" });
    await facade.getZoneExportText("e1", { allProjects: true });
    await facade.listZones();
    expect(seen.map((request) => [sent(request).split("?")[0], headersOf(request)])).toEqual([
      [`GET /v2/zones`, { all: "true", sudo: null }],
      [`GET /v2/zones/${zone.id}`, { all: null, sudo: "p2" }],
      [`GET /v2/zones/${zone.name}`, { all: "true", sudo: null }],
      [`POST /v2/zones`, { all: null, sudo: "p2" }],
      [`PATCH /v2/zones/${zone.id}`, { all: "false", sudo: "p2" }],
      [`GET /v2/zones/${zone.id}`, { all: "true", sudo: null }],
      [`DELETE /v2/zones/${zone.id}`, { all: "true", sudo: null }],
      [`POST /v2/zones/${zone.id}/tasks/abandon`, { all: null, sudo: "p2" }],
      [`GET /v2/zones/tasks/exports/e1/export`, { all: "true", sudo: null }],
      [`GET /v2/zones`, { all: null, sudo: null }],
    ]);
  });

  it("a call's own option goes over the scope's", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/zones`, () => HttpResponse.json({ zones: [], links: {} })));
    await facade.withProjectScope({ allProjects: true, sudoProjectId: "p1" }).listZones({}, { sudoProjectId: "p2" });
    expect(seen.map(headersOf)).toEqual([{ all: "true", sudo: "p2" }]);
  });

  it("refuses a bad value or an unknown option by name, before any request", async () => {
    const { facade, seen } = setup();
    await expect(facade.listZones({}, { allProjects: "yes" as never })).rejects.toThrow(
      new InvalidArgumentError(`listZones option 'allProjects' must be boolean, got "yes"`),
    );
    await expect(facade.createZone({ name: "x.", email: "a@x" }, { sudoProjectId: "" })).rejects.toThrow(
      new InvalidArgumentError(`createZone option 'sudoProjectId' must be a project id (a non-empty string), got ""`),
    );
    // @ts-expect-error: openstacksdk's name, not this option's
    await expect(facade.getZone("z", { project_id: "p" })).rejects.toThrow(
      /getZone has no option 'project_id'; it takes: signal, allProjects, sudoProjectId/,
    );
    // @ts-expect-error: misspelt
    await expect(facade.getZoneExportText("e", { allProject: true })).rejects.toThrow(
      /getZoneExportText has no option 'allProject'; it takes: signal, allProjects, sudoProjectId/,
    );
    // @ts-expect-error: a call option, not a filter
    await expect(facade.listZones({ allProjects: true })).rejects.toThrow(/listZones has no filter 'allProjects'/);
    expect(seen).toEqual([]);
  });
});
