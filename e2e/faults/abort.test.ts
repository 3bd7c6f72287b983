// An AbortSignal stops everything in flight: requests waiting for an answer, bodies half
// read, retries waiting out their backoff, authentication; and a signal aborted beforehand
// sends nothing. Proven through the fault proxy in front of the real cloud: each aborted
// request's connection is seen to close.
import { Connection, type ConnectionOptions, objectStore } from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { admin, uniqueName } from "../support/cloud.js";
import { removeContainers } from "../support/object-store-cleanup.js";
import { FaultProxy } from "./proxy.js";

const direct = new Connection(admin);
const name = uniqueName("abort");
let proxy: FaultProxy;
let through: ConnectionOptions;
let kept: string;

beforeAll(async () => {
  proxy = await FaultProxy.start([5000, 9696, 8080]);
  through = { ...admin, authUrl: proxy.authUrl };
  kept = (await direct.network.createNetwork({ name })).id;
  await objectStore.createContainer(direct.session, name);
  await objectStore.uploadObject(direct.session, name, "kept", "x".repeat(10_000));
});
afterAll(async () => {
  await proxy?.close();
  for (const network of await direct.network.listNetworks({ name })) await direct.network.deleteNetwork(network.id);
  await removeContainers(direct.objectStore, [name]);
});

/** A connection through the proxy that has authenticated and discovered Neutron and Swift. */
async function warm(options: Partial<ConnectionOptions> = {}): Promise<Connection> {
  proxy.reset();
  const conn = new Connection({ ...through, ...options });
  await conn.network.getNetwork(kept);
  await objectStore.downloadObject(conn.session, name, "kept");
  proxy.reset();
  return conn;
}

const settle = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (error: unknown) => error,
  );

describe("an AbortSignal", () => {
  it("stops every call in flight at once: list, get, create, upload, and a download half read", async () => {
    const conn = await warm();
    proxy.inject(
      { method: "GET", path: /\/v2\.0\/networks\?/, fault: { kind: "withhold" } },
      { method: "GET", path: /\/v2\.0\/networks\/[0-9a-f-]{36}$/, fault: { kind: "withhold" } },
      { method: "POST", path: /\/v2\.0\/networks$/, fault: { kind: "withhold" } },
      { method: "PUT", path: /\/up$/, fault: { kind: "withhold" } },
      { method: "GET", path: /\/kept$/, fault: { kind: "stall-body" } },
    );
    const controller = new AbortController();
    const { signal } = controller;
    const calls = [
      conn.network.listNetworks({ name }, { signal }),
      conn.network.getNetwork(kept, { signal }),
      conn.network.createNetwork({ name }, { signal }),
      objectStore.uploadObject(conn.session, name, "up", "some bytes", { signal }),
      objectStore.downloadObject(conn.session, name, "kept", { signal }),
    ].map((call) => settle(Promise.resolve(call)));
    await vi.waitFor(() => expect(proxy.seen.filter((s) => s.fault !== undefined)).toHaveLength(5));
    const reason = new Error("the user closed the page");
    controller.abort(reason);
    for (const outcome of await Promise.all(calls)) expect(outcome).toBe(reason);
    await vi.waitFor(() =>
      expect(proxy.seen.filter((s) => s.fault !== undefined).map((s) => s.abandoned)).toEqual([
        true,
        true,
        true,
        true,
        true,
      ]),
    );
    // The POST reached Neutron before the abort: it acted once, and was not sent again.
    expect(proxy.count("POST", /\/v2\.0\/networks$/)).toBe(1);
  });

  it("stops a retry waiting out its backoff, before the next attempt", async () => {
    const conn = await warm({ retries: { limit: 3, baseDelay: 600_000, maxDelay: 600_000 } });
    proxy.inject({
      method: "GET",
      path: /\/v2\.0\/networks\/[0-9a-f-]{36}$/,
      times: Infinity,
      fault: { kind: "status", status: 503 },
    });
    const controller = new AbortController();
    const call = settle(conn.network.getNetwork(kept, { signal: controller.signal }));
    await vi.waitFor(() => expect(proxy.count("GET", /\/v2\.0\/networks\//)).toBe(1));
    controller.abort();
    expect(await call).toMatchObject({ name: "AbortError" });
    expect(proxy.count("GET", /\/v2\.0\/networks\//)).toBe(1);
  });

  it("stops a call waiting for authentication; the shared authentication itself ends by its timeout", async () => {
    proxy.reset();
    proxy.inject({ method: "POST", path: /\/v3\/auth\/tokens$/, fault: { kind: "withhold" } });
    const controller = new AbortController();
    // One authentication serves every caller waiting for it, so one caller's signal does not cancel it.
    const call = settle(
      new Connection({ ...through, timeout: 2000 }).network.getNetwork(kept, { signal: controller.signal }),
    );
    await vi.waitFor(() => expect(proxy.count("POST", /\/auth\/tokens$/)).toBe(1));
    controller.abort();
    expect(await call).toMatchObject({ name: "AbortError" });
    await vi.waitFor(() => expect(proxy.requests("POST", /\/auth\/tokens$/)[0]!.abandoned).toBe(true), {
      timeout: 10_000,
    });
  });

  it("given to the Connection stops all of its calls", async () => {
    const controller = new AbortController();
    const conn = await warm({ signal: controller.signal });
    proxy.inject({ method: "GET", path: /\/v2\.0\/networks/, times: Infinity, fault: { kind: "withhold" } });
    const calls = [settle(conn.network.getNetwork(kept)), settle(Promise.resolve(conn.network.listNetworks({ name })))];
    await vi.waitFor(() => expect(proxy.count("GET", /\/v2\.0\/networks/)).toBe(2));
    controller.abort();
    for (const outcome of await Promise.all(calls)) expect(outcome).toMatchObject({ name: "AbortError" });
    await vi.waitFor(() => expect(proxy.seen.every((s) => s.abandoned)).toBe(true));
  });

  it("aborted beforehand sends nothing at all", async () => {
    const conn = await warm();
    const signal = AbortSignal.abort();
    const outcomes = await Promise.all([
      settle(conn.network.getNetwork(kept, { signal })),
      settle(conn.network.createNetwork({ name }, { signal })),
      settle(Promise.resolve(conn.network.listNetworks({ name }, { signal }))),
      settle(objectStore.uploadObject(conn.session, name, "never", "bytes", { signal })),
    ]);
    for (const outcome of outcomes) expect(outcome).toMatchObject({ name: "AbortError" });
    expect(proxy.seen).toEqual([]);
  });
});
