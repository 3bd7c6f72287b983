import type { Session, SessionOptions } from "@openstack-ts/core";
import { setupServer, type SetupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { mockCloud, type MockCloud, type MockCloudOptions } from "./cloud/mock-cloud.js";
import { fakeKeystone, type FakeKeystone, type FakeKeystoneOptions } from "./keystone.js";
import { sessionFor } from "./session-for.js";

/**
 * An msw server for the current test file: listening before its tests (unhandled requests
 * are errors), reset after each test, closed at the end.
 */
export function mockServer(): SetupServer {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => {
    server.resetHandlers();
    server.events.removeAllListeners();
  });
  afterAll(() => server.close());
  return server;
}

export interface TestCloud {
  keystone: FakeKeystone;
  /** Logged in as admin, retries off. */
  session: Session;
  /** Copies of the requests `watch` selects, in order. */
  seen: Request[];
}

/**
 * A fake cloud for one test, in one line: Keystone with the given services on `server`, a
 * session logged in to it, and the requests the test causes under `watch`.
 */
export function testCloud(
  server: SetupServer,
  options: FakeKeystoneOptions & {
    /** A URL prefix, or a test of the URL: which requests to keep in `seen`. */
    watch?: string | ((url: string) => boolean);
    session?: Partial<SessionOptions>;
  } = {},
): TestCloud {
  const { watch, session: sessionOptions, ...keystoneOptions } = options;
  const keystone = fakeKeystone(keystoneOptions);
  server.use(...keystone.handlers);
  const seen: Request[] = [];
  if (watch) {
    const keep = typeof watch === "string" ? (url: string) => url.startsWith(watch) : watch;
    server.events.on("request:start", ({ request }) => {
      if (keep(request.url)) seen.push(request.clone());
    });
  }
  return { keystone, session: sessionFor(keystone, sessionOptions), seen };
}

/**
 * A fresh fake cloud for every test of the file, answered through msw: `const mock =
 * useMockCloud(); … new Connection({ authUrl: mock.cloud.authUrl, … })`. Changes one test
 * makes are gone in the next.
 */
export function useMockCloud(options: MockCloudOptions = {}): {
  readonly cloud: MockCloud;
  readonly server: SetupServer;
} {
  const server = mockServer();
  let current: MockCloud | undefined;
  beforeEach(() => {
    current = mockCloud(options);
    server.use(...current.handlers);
  });
  return {
    server,
    get cloud(): MockCloud {
      if (!current)
        throw new Error("useMockCloud: the cloud exists inside tests (beforeEach, it), not at the top of the file");
      return current;
    },
  };
}
