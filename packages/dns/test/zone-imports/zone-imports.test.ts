import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, dnsCloud } from "../fixtures.js";

const { server, setup } = dnsCloud();

describe("zone imports", () => {
  it("posts the zone file itself as text/dns and answers the task", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/zones/tasks/imports`, () =>
        HttpResponse.json({ id: "i1", status: "PENDING", zone_id: null, message: null }, { status: 202 }),
      ),
    );
    const zonefile = "$ORIGIN example.com.\n@ IN SOA ns1.example.com. admin.example.com. 1 3600 600 86400 3600\n";
    const task = await facade.createZoneImport({ zonefile });
    expect(task).toEqual({ id: "i1", status: "PENDING", zone_id: null, message: null });
    expect(seen[0]!.headers.get("content-type")).toBe("text/dns");
    expect(await seen[0]!.text()).toBe(zonefile);
  });
});
