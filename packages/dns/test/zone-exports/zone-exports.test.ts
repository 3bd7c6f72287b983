import { readFileSync } from "node:fs";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, dnsCloud, sent } from "../fixtures.js";

const { server, setup } = dnsCloud();
// Designate's sample of an export's text (api-ref/source/samples/zones/show-zone-export-content.txt).
const zonefile = readFileSync(
  new URL("../api-samples/samples/zones/show-zone-export-content.txt", import.meta.url),
  "utf8",
);

describe("zone exports", () => {
  it("starts an export on its zone and reads the zone file as text/dns", async () => {
    const { facade, seen } = setup();
    const task = {
      id: "e1",
      zone_id: "z1",
      status: "COMPLETE",
      location: "designate://v2/zones/tasks/exports/e1/export",
    };
    server.use(
      http.post(`${API}/zones/:zone/tasks/export`, () =>
        HttpResponse.json({ ...task, status: "PENDING" }, { status: 202 }),
      ),
      http.get(`${API}/zones/tasks/exports/:id/export`, ({ request }) =>
        request.headers.get("accept") === "text/dns"
          ? new HttpResponse(zonefile, { headers: { "Content-Type": "text/dns" } })
          : HttpResponse.json({ code: 406, type: "not_acceptable" }, { status: 406 }),
      ),
    );
    expect((await facade.createZoneExport({ zone: "z1" })).status).toBe("PENDING");
    expect(await facade.getZoneExportText(task)).toBe(zonefile);
    expect(await facade.getZoneExportText("e1")).toContain("$ORIGIN example.com.");
    expect(seen.map(sent)).toEqual([
      "POST /v2/zones/z1/tasks/export",
      "GET /v2/zones/tasks/exports/e1/export",
      "GET /v2/zones/tasks/exports/e1/export",
    ]);
  });
});
