import { InvalidArgumentError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { accepted, API, senlinCloud } from "../fixtures.js";

const { server, setup } = senlinCloud();

const webhook = {
  id: "r1",
  name: "grow",
  type: "webhook",
  cluster_id: "c1",
  action: "CLUSTER_SCALE_OUT",
  channel: { alarm_url: `${API}/webhooks/r1/trigger?V=2&count=1` },
};

describe("triggerReceiver", () => {
  it("POSTs the receiver's own URL without a token, with the params given, and answers the action", async () => {
    const { facade } = setup();
    const calls: Request[] = [];
    server.use(
      http.get(`${API}/receivers/r1`, () => HttpResponse.json({ receiver: webhook })),
      http.post(`${API}/webhooks/r1/trigger`, ({ request }) => {
        calls.push(request.clone());
        return accepted({ action: "a1" }, "a1");
      }),
    );
    expect(await facade.triggerReceiver("r1", { params: { count: 2 } })).toEqual({ action: "a1" });
    expect(await facade.triggerReceiver(webhook)).toEqual({ action: "a1" });
    expect(calls.map((r) => new URL(r.url).search)).toEqual(["?V=2&count=1", "?V=2&count=1"]);
    expect(calls.map((r) => r.headers.get("X-Auth-Token"))).toEqual([null, null]);
    expect(await calls[0]!.json()).toEqual({ count: 2 });
  });

  it("refuses a receiver with no webhook URL, naming it and its type, before any request", async () => {
    const { facade, seen } = setup();
    const message = { ...webhook, type: "message", channel: { queue_name: "q" } };
    await expect(facade.triggerReceiver(message)).rejects.toThrow(InvalidArgumentError);
    await expect(facade.triggerReceiver(message)).rejects.toThrow(/receiver r1 .*its type is message/);
    expect(seen).toHaveLength(0);
  });
});
