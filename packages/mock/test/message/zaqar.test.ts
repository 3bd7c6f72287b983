import { describe, expect, it } from "vitest";
import { mockCloud } from "../../src/cloud/mock-cloud.js";
import { clientOf } from "../fixtures.js";

const CLIENT = { "Client-ID": "3b9e3f5a-1c2d-4e6f-8a9b-0c1d2e3f4a5b" };

describe("fake Zaqar on the wire", () => {
  it("is in the catalog as messaging, with a root document naming v2", async () => {
    const cloud = mockCloud();
    const raw = clientOf(cloud);
    const root = await raw.get("messaging");
    expect([root.status, root.body.versions[0].id]).toEqual([300, "2"]);
    expect(cloud.state.services.find((s) => s["type"] === "messaging")).toBeDefined();
  });

  it("wants a Client-ID that is a UUID on every v2 call, and says so in Zaqar's words", async () => {
    const raw = clientOf(mockCloud());
    const missing = await raw.get("messaging/v2/queues");
    expect([missing.status, missing.body.title]).toEqual([400, "Bad Request"]);
    expect(missing.body.description).toMatch(/Client-ID/);
    expect((await raw.get("messaging/v2/queues", { "Client-ID": "me" })).status).toBe(400);
    expect((await raw.get("messaging/v2/queues", CLIENT)).status).toBe(200);
  });

  it("keeps each project's queues and messages to itself; a queue is made by a post to its name", async () => {
    const cloud = mockCloud();
    const admin = clientOf(cloud);
    const demo = clientOf(cloud, "demo");
    const posted = await admin.post("messaging/v2/queues/jobs/messages", { messages: [{ body: 1, ttl: 60 }] }, CLIENT);
    expect(posted.status).toBe(201);
    expect((await admin.get("messaging/v2/queues", CLIENT)).body.queues.map((q: { name: string }) => q.name)).toEqual([
      "jobs",
    ]);
    expect((await demo.get("messaging/v2/queues", CLIENT)).body.queues).toEqual([]);
    const stats = await demo.get("messaging/v2/queues/jobs/stats", CLIENT);
    expect(stats.body.messages).toEqual({ free: 0, claimed: 0, total: 0 });
  });

  it("forgets a message when its ttl has passed, and frees claimed messages when the claim expires", async () => {
    let now = Date.parse("2030-01-01T00:00:00Z");
    const cloud = mockCloud({ now: () => now });
    const raw = clientOf(cloud);
    await raw.post(
      "messaging/v2/queues/q/messages",
      {
        messages: [
          { body: "short", ttl: 60 },
          { body: "long", ttl: 600 },
        ],
      },
      CLIENT,
    );
    const claim = await raw.post("messaging/v2/queues/q/claims", { ttl: 60, grace: 60 }, CLIENT);
    expect(claim.status).toBe(201);
    expect((await raw.get("messaging/v2/queues/q/stats", CLIENT)).body.messages).toMatchObject({ claimed: 2, free: 0 });
    now += 90_000; // the claim is over; the short message lives on for the claim's grace
    expect((await raw.get("messaging/v2/queues/q/stats", CLIENT)).body.messages).toMatchObject({ claimed: 0, free: 2 });
    now += 60_000;
    expect((await raw.get("messaging/v2/queues/q/stats", CLIENT)).body.messages).toMatchObject({ total: 1 });
  });
});
