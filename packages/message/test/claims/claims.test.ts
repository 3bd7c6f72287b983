import { ResponseValidationError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, messageCloud, sent } from "../fixtures.js";

const { server, setup } = messageCloud();
const claimed = { body: 1, ttl: 60, age: 0, href: "/v2/queues/q/messages/m1?claim_id=c1" };

describe("claims", () => {
  it("takes the claim's id from the Location, sends limit as a query and the times as the body", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/queues/q/claims`, () =>
        HttpResponse.json({ messages: [claimed] }, { status: 201, headers: { Location: "/v2/queues/q/claims/c1" } }),
      ),
    );
    const claim = await facade.createClaim({ queue_name: "q", ttl: 60, grace: 30, limit: 5 });
    expect(claim).toEqual({ id: "c1", href: "/v2/queues/q/claims/c1", ttl: 60, messages: [claimed] });
    expect(seen.map(sent)).toEqual(["POST /v2/queues/q/claims?limit=5"]);
    expect(await seen[0]!.json()).toEqual({ ttl: 60, grace: 30 });
  });

  it("answers null when no message was free (204), and fails on a 201 whose Location names no claim", async () => {
    const { facade } = setup();
    server.use(http.post(`${API}/queues/empty/claims`, () => new HttpResponse(null, { status: 204 })));
    expect(await facade.createClaim({ queue_name: "empty" })).toBeNull();
    server.use(
      http.post(`${API}/queues/odd/claims`, () => HttpResponse.json({ messages: [claimed] }, { status: 201 })),
    );
    await expect(facade.createClaim({ queue_name: "odd" })).rejects.toThrow(ResponseValidationError);
  });

  it("renews by PATCH and releases by DELETE, at the claim's path", async () => {
    const { facade, seen } = setup();
    server.use(
      http.patch(`${API}/queues/q/claims/c1`, () => new HttpResponse(null, { status: 204 })),
      http.delete(`${API}/queues/q/claims/c1`, () => new HttpResponse(null, { status: 204 })),
    );
    await facade.updateClaim({ queue_name: "q", claim: "c1", ttl: 120 });
    await facade.deleteClaim("c1", { queue_name: "q" });
    expect(seen.map(sent)).toEqual(["PATCH /v2/queues/q/claims/c1", "DELETE /v2/queues/q/claims/c1"]);
    expect(await seen[0]!.json()).toEqual({ ttl: 120 });
  });
});
