import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { runAction } from "../../src/resource/action.js";
import type { Session } from "../../src/session/session.js";
import { ServiceClient } from "../../src/service/service-client.js";
import type { ServiceDescriptor } from "../../src/service/service-descriptor.js";
import { fakeKeystone, sessionFor } from "../support/keystone.js";
import { mockServer } from "../support/server.js";

const ZAQAR = "http://zaqar.test:8888";
const server = mockServer();

/** A service whose package gives every request a per-session header, as Zaqar's Client-ID. */
const messaging: ServiceDescriptor = {
  type: "message",
  discovery: false,
  sessionHeaders: async (session: Session) => ({
    "Client-ID": session.perSession("test:client-id", () => `client-${Math.random()}`),
    "X-Project-ID": (await session.access()).project?.id ?? "none",
  }),
};

function cloud() {
  const keystone = fakeKeystone({ services: { messaging: { url: ZAQAR } } });
  const seen: { clientId: string | null; project: string | null }[] = [];
  server.use(
    ...keystone.handlers,
    http.get(`${ZAQAR}/v2/queues`, ({ request }) => {
      seen.push({ clientId: request.headers.get("client-id"), project: request.headers.get("x-project-id") });
      return HttpResponse.json({ queues: [] });
    }),
  );
  return { session: sessionFor(keystone), seen };
}

describe("a service's session headers", () => {
  it("go with every request of the service, the same for one session and another for the next", async () => {
    const first = cloud();
    const client = new ServiceClient(first.session, messaging);
    await client.get("v2/queues");
    await new ServiceClient(first.session, messaging).get("v2/queues");
    const second = cloud();
    await new ServiceClient(second.session, messaging).get("v2/queues");
    const [a, b, c] = [...first.seen, ...second.seen];
    expect(a?.clientId).toMatch(/^client-/);
    expect(b?.clientId).toBe(a?.clientId);
    expect(c?.clientId).not.toBe(a?.clientId);
    expect(a?.project).toBe("p-admin");
  });

  it("come before a call's own headers, which may replace them", async () => {
    const { session, seen } = cloud();
    await new ServiceClient(session, messaging).get("v2/queues", { headers: { "Client-ID": "mine" } });
    await runAction(messaging, "listQueuesRaw", { method: "GET", path: "v2/queues" }, session);
    expect(seen[0]?.clientId).toBe("mine");
    expect(seen[1]?.clientId).toMatch(/^client-/);
  });
});
