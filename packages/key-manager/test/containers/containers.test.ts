import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import {
  API,
  CONTAINER_ID,
  containerRef,
  keyManagerCloud,
  SECRET_ID,
  secretBody,
  secretRef,
  sent,
} from "../fixtures.js";

const { server, setup } = keyManagerCloud();

const containerBody = {
  type: "certificate",
  status: "ACTIVE",
  name: "tls",
  consumers: [],
  container_ref: containerRef(),
  secret_refs: [{ name: "certificate", secret_ref: secretRef() }],
  created: "2026-12-06T06:33:09.918056",
  updated: "2026-12-06T06:33:09.918056",
};

describe("containers", () => {
  it("are created with secrets named by id, ref or object, sent as refs on the service's own URL", async () => {
    const { facade, seen } = setup();
    const bodies: unknown[] = [];
    server.use(
      http.post(`${API}/containers`, async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({ container_ref: containerRef() }, { status: 201 });
      }),
      http.get(`${API}/containers/:id`, () => HttpResponse.json(containerBody)),
    );
    const container = await facade.createContainer({
      name: "tls",
      type: "certificate",
      secret_refs: [
        { name: "certificate", secret_ref: SECRET_ID },
        { name: "private_key", secret_ref: "http://elsewhere.test/v1/secrets/k1" },
        { name: "intermediates", secret_ref: secretBody("i1") as never },
      ],
    });
    expect(container.id).toBe(CONTAINER_ID);
    expect(bodies).toEqual([
      {
        name: "tls",
        type: "certificate",
        secret_refs: [
          { name: "certificate", secret_ref: secretRef() },
          { name: "private_key", secret_ref: `${API}/secrets/k1` },
          { name: "intermediates", secret_ref: `${API}/secrets/i1` },
        ],
      },
    ]);
    expect(seen.map(sent)).toEqual(["POST /v1/containers", `GET /v1/containers/${CONTAINER_ID}`]);
  });

  it("list their consumers under a container named by ref, keeping filters on later pages", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/containers/:id/consumers`, ({ request }) => {
        const offset = new URL(request.url).searchParams.get("offset");
        const consumer = { name: "lb", URL: `u-${offset ?? 0}` };
        const next = offset ? {} : { next: `${API}/containers/${CONTAINER_ID}/consumers?limit=1&offset=1` };
        return HttpResponse.json({ consumers: [consumer], total: 2, ...next });
      }),
    );
    const listed = await facade.listContainerConsumers({ container_id: containerRef(), name: "lb", limit: 1 });
    expect(listed.map((c) => c.URL)).toEqual(["u-0", "u-1"]);
    expect(seen.map(sent)).toEqual([
      `GET /v1/containers/${CONTAINER_ID}/consumers?name=lb&limit=1`,
      `GET /v1/containers/${CONTAINER_ID}/consumers?limit=1&offset=1&name=lb`,
    ]);
    await expect(facade.listContainerConsumers({ container_id: `${API}/orders/x` })).rejects.toThrow(/container_ref/);
  });

  it("take secrets in and out by name and ref", async () => {
    const { facade } = setup();
    const bodies: unknown[] = [];
    const record = async ({ request }: { request: Request }) => {
      bodies.push([request.method, await request.json()]);
      return new HttpResponse(null, { status: 204 });
    };
    server.use(
      http.post(`${API}/containers/:id/secrets`, record),
      http.delete(`${API}/containers/:id/secrets`, record),
    );
    await facade.addContainerSecret(containerRef(), { name: "c", secret_ref: secretBody() as never });
    await facade.removeContainerSecret(CONTAINER_ID, { secret_ref: SECRET_ID });
    expect(bodies).toEqual([
      ["POST", { name: "c", secret_ref: secretRef() }],
      ["DELETE", { secret_ref: secretRef() }],
    ]);
  });
});
