import { checkCallHeaderNames, InvalidArgumentError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { message } from "../src/service-definition.js";
import { API, messageCloud } from "./fixtures.js";

const { server, setup } = messageCloud();
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const headersOf = (request: Request) => ({
  clientId: request.headers.get("client-id"),
  project: request.headers.get("x-project-id"),
});

function answerEverything() {
  server.use(
    http.get(`${API}/queues`, () => HttpResponse.json({ queues: [], links: [] })),
    http.put(`${API}/queues/:name`, () => new HttpResponse(null, { status: 201 })),
    http.get(`${API}/queues/:name/stats`, () => HttpResponse.json({ messages: { free: 0, claimed: 0, total: 0 } })),
    http.get(`${API}/queues/:name/messages/:id`, () => HttpResponse.json({ id: "m", body: 1, ttl: 60, age: 1 })),
    http.post(`${API}/queues/:name/claims`, () => new HttpResponse(null, { status: 204 })),
  );
}

describe("Zaqar's Client-ID and X-Project-ID", () => {
  it("go with every kind of call: one random UUID per session, and the token's project", async () => {
    const { facade, seen } = setup();
    answerEverything();
    await facade.listQueues();
    await facade.createQueue({ name: "q" });
    await facade.getQueueStats({ name: "q" });
    await facade.getMessage("m", { queue_name: "q" });
    await facade.createClaim({ queue_name: "q" });
    const sentHeaders = seen.map(headersOf);
    expect(sentHeaders).toHaveLength(5);
    const id = facade.getClientId();
    expect(id).toMatch(UUID);
    expect(sentHeaders).toEqual(sentHeaders.map(() => ({ clientId: id, project: "p-admin" })));

    const other = setup();
    answerEverything();
    await other.facade.listQueues();
    expect(headersOf(other.seen[0]!).clientId).not.toBe(id);
    expect(other.facade.getClientId()).not.toBe(id);
  });

  it("a call's own clientId replaces the session's, and one that is no UUID is refused before any request", async () => {
    const { facade, seen } = setup();
    answerEverything();
    const mine = "5f0c1a0e-2b3c-4d5e-8f70-8192a3b4c5d6";
    await facade.listQueues({}, { clientId: mine });
    await facade.createQueue({ name: "q" }, { clientId: mine });
    expect(seen.map((r) => headersOf(r).clientId)).toEqual([mine, mine]);
    await expect(facade.listQueues({}, { clientId: "me" })).rejects.toThrow(InvalidArgumentError);
    await expect(facade.createQueue({ name: "q" }, { clientId: "me" })).rejects.toThrow(/clientId.*UUID/);
    await expect(facade.getQueue("q", { clientID: mine } as never)).rejects.toThrow(/no option 'clientID'/);
    expect(seen).toHaveLength(2);
  });

  it("no resource has an option of the header option's name", () => {
    for (const resource of Object.values(message.resources)) expect(() => checkCallHeaderNames(resource)).not.toThrow();
  });
});
