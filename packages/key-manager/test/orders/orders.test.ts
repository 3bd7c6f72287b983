import { ResourceFailureError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, keyManagerCloud, ORDER_ID, orderRef, sent } from "../fixtures.js";

const { server, setup } = keyManagerCloud();

const order = (status: string, extra: Record<string, unknown> = {}) => ({
  type: "key",
  status,
  meta: { name: "k", algorithm: "aes", bit_length: 256, mode: "cbc", payload_content_type: "application/octet-stream" },
  order_ref: orderRef(),
  created: "2026-12-06T06:33:09.918056",
  updated: "2026-12-06T06:33:09.918056",
  ...extra,
});

describe("orders", () => {
  it("are placed as given, and returned as Barbican describes them", async () => {
    const { facade, seen } = setup();
    const bodies: unknown[] = [];
    server.use(
      http.post(`${API}/orders`, async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({ order_ref: orderRef() }, { status: 202 });
      }),
      http.get(`${API}/orders/:id`, () => HttpResponse.json(order("PENDING"))),
    );
    const meta = { algorithm: "aes", bit_length: 256, mode: "cbc" };
    const placed = await facade.createOrder({ type: "key", meta });
    expect(bodies).toEqual([{ type: "key", meta }]);
    expect(placed).toMatchObject({ id: ORDER_ID, status: "PENDING" });
    expect(seen.map(sent)).toEqual(["POST /v1/orders", `GET /v1/orders/${ORDER_ID}`]);
    await expect(facade.createOrder({ type: "certificate" as never, meta })).rejects.toThrow(/'key' or 'asymmetric'/);
  });

  it("are waited for until ACTIVE, by ref; ERROR ends the wait", async () => {
    const { facade } = setup();
    let polls = 0;
    server.use(
      http.get(`${API}/orders/:id`, () =>
        HttpResponse.json(polls++ < 2 ? order("PENDING") : order("ACTIVE", { secret_ref: `${API}/secrets/s1` })),
      ),
    );
    const done = await facade.waitForOrder(orderRef(), { status: "ACTIVE", interval: 1 });
    expect(done.secret_ref).toBe(`${API}/secrets/s1`);
    server.use(
      http.get(`${API}/orders/:id`, () =>
        HttpResponse.json(order("ERROR", { error_status_code: "400", error_reason: "bad bit length" })),
      ),
    );
    await expect(facade.waitForOrder(ORDER_ID, { status: "ACTIVE", interval: 1 })).rejects.toBeInstanceOf(
      ResourceFailureError,
    );
  });

  it("keep a pass phrase out of an error that quotes it", async () => {
    const { facade } = setup();
    server.use(
      http.post(`${API}/orders`, () =>
        HttpResponse.json({ detail: "pass_phrase 'open-sesame-1' is weak" }, { status: 400 }),
      ),
    );
    const error = await facade
      .createOrder({ type: "asymmetric", meta: { algorithm: "rsa", bit_length: 2048, pass_phrase: "open-sesame-1" } })
      .catch((e: unknown) => e as Error);
    expect(String(error)).not.toContain("open-sesame-1");
    expect(String(error)).toContain("<redacted>");
  });
});
