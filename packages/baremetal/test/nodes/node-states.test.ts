import { MicroversionError, ResourceFailureError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, ironicCloud, sent } from "../fixtures.js";

const { server, setup } = ironicCloud();
const UUID = "1be26c0b-03f2-4d2e-ae87-c02d7f33c123";
const fast = { interval: 1, maxInterval: 1, timeout: 5_000 } as const;

/** A node whose provision state moves through `states`, one per GET, the last one staying. */
function nodeMovingThrough(states: readonly string[], lastError: string | null = null) {
  let reads = 0;
  server.use(
    http.get(`${API}/nodes/${UUID}`, () => {
      const provision_state = states[Math.min(reads++, states.length - 1)]!;
      return HttpResponse.json({ uuid: UUID, driver: "fake-hardware", provision_state, last_error: lastError });
    }),
    http.put(`${API}/nodes/${UUID}/states/provision`, () => new HttpResponse(null, { status: 202 })),
    http.put(`${API}/nodes/${UUID}/states/power`, () => new HttpResponse(null, { status: 202 })),
  );
}

describe("setNodeProvisionState", () => {
  it("sends the target with Ironic's microversion header, and with wait polls until the settled state", async () => {
    const { facade, seen } = setup();
    nodeMovingThrough(["verifying", "verifying", "manageable"]);
    const node = await facade.setNodeProvisionState(UUID, "manage", { wait: true, ...fast });
    expect(node.provision_state).toBe("manageable");
    const put = seen.find((r) => r.method === "PUT")!;
    expect(await put.json()).toEqual({ target: "manage" });
    expect(put.headers.get("X-OpenStack-Ironic-API-Version")).toBe("1.82");
    expect(seen.map(sent)).toEqual([
      `PUT /v1/nodes/${UUID}/states/provision`,
      `GET /v1/nodes/${UUID}`,
      `GET /v1/nodes/${UUID}`,
      `GET /v1/nodes/${UUID}`,
    ]);
  });

  it("ends a wait in a failure state with Ironic's last_error", async () => {
    const { facade } = setup();
    nodeMovingThrough(["deploying", "deploy failed"], "Image could not be written");
    await expect(facade.setNodeProvisionState(UUID, "active", { wait: true, ...fast })).rejects.toThrow(
      new ResourceFailureError(
        `Node ${UUID} went to 'deploy failed' while waiting for 'active': Image could not be written`,
      ),
    );
  });

  it("waits through a failure state when told not to abort on one", async () => {
    const { facade } = setup();
    nodeMovingThrough(["clean failed", "available"]);
    const [node] = await facade.waitForNodesProvisionState([UUID], "available", { abortOnFailedState: false, ...fast });
    expect(node!.provision_state).toBe("available");
  });

  it("asks again while the conductor holds the node's lock (409 'locked'), not on another conflict", async () => {
    const { facade, seen } = setup();
    let puts = 0;
    nodeMovingThrough(["manageable"]);
    const locked = { error_message: JSON.stringify({ faultstring: `Node ${UUID} is locked by host 127.0.0.1` }) };
    server.use(
      http.put(`${API}/nodes/${UUID}/states/provision`, () =>
        puts++ === 0 ? HttpResponse.json(locked, { status: 409 }) : new HttpResponse(null, { status: 202 }),
      ),
    );
    await facade.setNodeProvisionState(UUID, "manage");
    expect(seen.filter((r) => r.method === "PUT")).toHaveLength(2);

    const other = { error_message: JSON.stringify({ faultstring: "The requested action can not be performed" }) };
    server.use(http.put(`${API}/nodes/${UUID}/states/provision`, () => HttpResponse.json(other, { status: 409 })));
    await expect(facade.setNodeProvisionState(UUID, "manage")).rejects.toThrow(/can not be performed/);
  });

  it("refuses to wait after a target that has no settled state, before any request", async () => {
    const { facade, seen } = setup();
    await expect(facade.setNodeProvisionState(UUID, "abort", { wait: true })).rejects.toThrow(
      /cannot wait after 'abort'/,
    );
    expect(seen).toEqual([]);
  });
});

describe("setNodePowerState", () => {
  it("sends a soft power off's timeout and waits for power off", async () => {
    const { facade, seen } = setup();
    let reads = 0;
    server.use(
      http.get(`${API}/nodes/${UUID}`, () =>
        HttpResponse.json({
          uuid: UUID,
          driver: "fake-hardware",
          provision_state: "active",
          power_state: reads++ === 0 ? "power on" : "power off",
        }),
      ),
      http.put(`${API}/nodes/${UUID}/states/power`, () => new HttpResponse(null, { status: 202 })),
    );
    const node = await facade.setNodePowerState(UUID, "soft power off", { wait: true, powerTimeout: 30, ...fast });
    expect(node.power_state).toBe("power off");
    expect(await seen.find((r) => r.method === "PUT")!.json()).toEqual({ target: "soft power off", timeout: 30 });
  });
});

describe("microversions", () => {
  it("fails a call that needs more than the server offers, before sending it", async () => {
    const { facade, seen } = setup("1.31");
    await expect(facade.setNodeTraits({ node: UUID, traits: ["CUSTOM_A"] })).rejects.toBeInstanceOf(MicroversionError);
    expect(seen.filter((r) => r.method !== "GET")).toEqual([]);
  });
});
