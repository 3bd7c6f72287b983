// The fault matrix: every fault of catalogue.ts against every kind of call of calls.ts,
// through our fault-injecting proxy in front of a cloud (the real one, or the fake one of
// @openstack-ts/mock). Retry delays are kept to milliseconds through the `retries` option;
// what is asserted is the outcome and the number of requests, never the time taken.
import {
  Connection,
  type ConnectionOptions,
  HttpError,
  NetworkError,
  objectStore,
  OpenStackError,
  ResponseValidationError,
} from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { uniqueName } from "../support/cloud.js";
import { callKinds, makeFixture, removeFixture, type CallKind, type Fixture, type Ports } from "./calls.js";
import { faultCases } from "./catalogue.js";
import { FaultProxy } from "./proxy.js";

export interface MatrixTarget {
  /** Keystone's port first, then every other port the calls reach. */
  upstreams: number[];
  ports: Ports;
  /** Options of an admin connection to the target, without the proxy. */
  admin: ConnectionOptions;
}

const retries = { limit: 3, baseDelay: 1, maxDelay: 5, maxRetryAfter: 5 };

/**
 * Declares the matrix's tests for a target started by `start` (in beforeAll). Without an
 * object store (`hasObjectStore: false`), upload and download are left out.
 */
export function faultMatrix(
  hasObjectStore: boolean,
  start: () => Promise<MatrixTarget>,
  stop?: () => Promise<void>,
): void {
  const calls = callKinds.filter((call) => hasObjectStore || call.service !== "objectStore");
  let target: MatrixTarget;
  let direct: Connection;
  let proxy: FaultProxy;
  let fx: Fixture;
  let conn: Connection;
  let slow: Connection;

  beforeAll(async () => {
    target = await start();
    direct = new Connection(target.admin);
    proxy = await FaultProxy.start(target.upstreams);
    fx = await makeFixture(direct, uniqueName("faults"), hasObjectStore);
    const through = { ...target.admin, authUrl: proxy.authUrl, retries };
    conn = new Connection(through);
    slow = new Connection({ ...through, timeout: 3000 });
    // Authenticate and discover first, so that the faults meet only the calls.
    for (const c of [conn, slow]) {
      await c.network.getNetwork(fx.kept);
      if (hasObjectStore) await objectStore.downloadObject(c.session, fx.container, "kept");
    }
  }, 120_000);

  afterAll(async () => {
    await proxy?.close();
    if (fx) await removeFixture(direct, fx, hasObjectStore);
    await stop?.();
  }, 120_000);

  describe.each(faultCases)("$name", (fault) => {
    it.each(calls)("× $name", async (call: CallKind) => {
      const own = await call.prepare(direct, fx, Math.random().toString(36).slice(2, 8));
      const upstream = target.ports[call.service];
      proxy.reset();
      proxy.inject({ method: call.method, path: call.path, upstream, skip: call.skip ?? 0, fault: fault.fault() });
      const outcome = await call.run(fault.slow ? slow : conn, fx, own).then(
        (value) => ({ value, error: undefined }),
        (error: unknown) => ({ value: undefined, error }),
      );
      const hit = proxy.seen.find((seen) => seen.fault !== undefined);
      expect(hit, "the fault met the call").toBeDefined();
      const attempts = proxy.seen.filter(
        (s) => s.method === hit!.method && s.path === hit!.path && s.upstream === hit!.upstream,
      ).length;
      const expected = fault.expect(call);

      if (expected.ok) {
        if (outcome.error !== undefined) throw outcome.error;
        expect(attempts, "requests for the faulted URL").toBe(expected.attempts);
        await call.check(outcome.value, direct, fx, own);
        return;
      }
      const error = outcome.error as OpenStackError & Record<string, unknown>;
      expect(error, "the call fails").toBeDefined();
      expect(error).toBeInstanceOf(OpenStackError);
      expect(error).toBeInstanceOf(expected.error);
      if (error instanceof HttpError || error instanceof NetworkError || error instanceof ResponseValidationError) {
        expect(error.method).toBe(call.method);
        expect(error.url).toBe(`${proxy.origin(upstream)}${hit!.path}`);
        expect(error.requestId).toBe(expected.requestId ? hit!.requestId : undefined);
        if (expected.requestId) expect(error.message).toContain(hit!.requestId);
      }
      if (expected.status !== undefined) expect(error["status"]).toBe(expected.status);
      expected.detail?.(error);
      // Never sent twice: a failed call made exactly one request for its URL.
      expect(attempts, "requests for the faulted URL").toBe(1);
      // A POST that reached the server acted once; one that did not, never.
      if (call.effects) expect(await call.effects(direct, fx, own)).toBe(fault.forwarded ? 1 : 0);
      // A call that gave up let go of its connection: nothing is left hanging.
      if (fault.slow) await vi.waitFor(() => expect(hit!.abandoned).toBe(true));
    });
  });
}
