import { InvalidArgumentError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, messageCloud, sent } from "../fixtures.js";

const { server, setup } = messageCloud();

describe("subscriptions", () => {
  it("creates with the subscriber, ttl and options, and answers a reference the other calls take", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/queues/q/subscriptions`, () => HttpResponse.json({ subscription_id: "s1" }, { status: 201 })),
      http.get(`${API}/queues/q/subscriptions/s1`, () =>
        HttpResponse.json({ id: "s1", source: "q", subscriber: "http://h/", ttl: 60, age: 0, options: {} }),
      ),
    );
    const made = await facade.createSubscription({ queue_name: { name: "q" }, subscriber: "http://h/", ttl: 60 });
    expect(made).toEqual({ id: "s1", queue_name: "q" });
    expect((await facade.getSubscription(made)).subscriber).toBe("http://h/");
    expect(seen.map(sent)).toEqual(["POST /v2/queues/q/subscriptions", "GET /v2/queues/q/subscriptions/s1"]);
    expect(await seen[0]!.json()).toEqual({ subscriber: "http://h/", ttl: 60 });
  });

  it("refuses a subscription without a subscriber, before any request", async () => {
    const { facade, seen } = setup();
    await expect(facade.createSubscription({ queue_name: "q", subscriber: "" })).rejects.toThrow(InvalidArgumentError);
    expect(seen).toEqual([]);
  });
});
