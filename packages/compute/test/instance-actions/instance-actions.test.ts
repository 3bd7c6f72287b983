import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, computeCloud, microversionOf, sent } from "../fixtures.js";

const { server, setup } = computeCloud();

const SERVER = "9e5f2b36-6d1c-4b8e-9f1a-4c2b7d3e8a01";
const action = (name: string, requestId: string) => ({
  action: name,
  instance_uuid: SERVER,
  request_id: requestId,
  user_id: "admin",
  project_id: "6f70656e737461636b20342065766572",
  start_time: "2018-04-25T01:26:29.000000",
  updated_at: "2018-04-25T01:26:29.000000",
  message: null,
});
const stop = action("stop", "req-f8a59f03-76dc-412f-92c2-21f8612be728");
const create = action("create", "req-50189019-626d-47fb-b944-b8342af09679");

describe("instance actions", () => {
  it("lists a server's actions page by page, by request id", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/servers/:id/os-instance-actions`, ({ request }) => {
        const marker = new URL(request.url).searchParams.get("marker");
        if (marker === null) {
          return HttpResponse.json({
            instanceActions: [stop],
            links: [
              { href: `${API}/servers/${SERVER}/os-instance-actions?limit=1&marker=${stop.request_id}`, rel: "next" },
            ],
          });
        }
        return HttpResponse.json({ instanceActions: marker === stop.request_id ? [create] : [] });
      }),
    );
    const actions = await facade.listServerActions(
      { server: SERVER, "changes-since": "2018-04-25T00:00:00Z" },
      { limit: 1 },
    );
    expect(actions.map((a) => a.action)).toEqual(["stop", "create"]);
    expect(seen.map(sent).slice(0, 2)).toEqual([
      `GET /v2.1/servers/${SERVER}/os-instance-actions?changes-since=2018-04-25T00%3A00%3A00Z&limit=1`,
      `GET /v2.1/servers/${SERVER}/os-instance-actions?limit=1&marker=${stop.request_id}`,
    ]);
    // The second page was full: the next is asked for by the last request id, and is empty.
    expect(new URL(seen[2]!.url).searchParams.get("marker")).toBe(create.request_id);
    expect(microversionOf(seen[0]!)).toBe("2.84");
  });

  it("gets one action with its events", async () => {
    const { facade, seen } = setup();
    const events = [
      {
        event: "compute_stop_instance",
        start_time: "2018-04-25T01:26:29.000000",
        finish_time: "2018-04-25T01:26:30.000000",
        result: "Success",
        hostId: "2091634baaccdc4c5a1d57069c833e402921df696b7f970791b12ec6",
        details: null,
      },
    ];
    server.use(
      http.get(`${API}/servers/:id/os-instance-actions/:request`, () =>
        HttpResponse.json({ instanceAction: { ...stop, events } }),
      ),
    );
    const one = await facade.getServerAction(stop.request_id, { server: SERVER });
    expect(one.events?.[0]?.result).toBe("Success");
    expect(sent(seen[0]!)).toBe(`GET /v2.1/servers/${SERVER}/os-instance-actions/${stop.request_id}`);
  });
});
