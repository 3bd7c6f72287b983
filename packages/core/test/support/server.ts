// The msw server of one test file, and a one-line cloud on it (core's tests only).
import { setupServer, type SetupServer } from "msw/node";
import { afterAll, afterEach, beforeAll } from "vitest";
import type { Session, SessionOptions } from "../../src/index.js";
import { fakeKeystone, sessionFor, type CatalogService } from "./keystone.js";

/** Listening for the file's tests, an unanswered request an error; handlers and listeners reset after each test. */
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

/**
 * Keystone with `services` on `server`, a session logged in to it, and a copy of each request
 * whose URL starts with `watch`, in order.
 */
export function testCloud(
  server: SetupServer,
  options: { services?: Record<string, CatalogService>; watch?: string; session?: Partial<SessionOptions> } = {},
): { session: Session; seen: Request[] } {
  const keystone = fakeKeystone({ services: options.services ?? {} });
  server.use(...keystone.handlers);
  const seen: Request[] = [];
  const { watch } = options;
  if (watch !== undefined) {
    server.events.on("request:start", ({ request }) => {
      if (request.url.startsWith(watch)) seen.push(request.clone());
    });
  }
  return { session: sessionFor(keystone, options.session), seen };
}
