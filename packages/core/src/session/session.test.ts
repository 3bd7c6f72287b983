import { fakeKeystone, networkDocument } from "@openstack-ts/mock";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { PasswordAuth } from "../auth/password.js";
import { UnauthorizedError } from "../errors/http-error.js";
import { ServiceClient } from "../service/service-client.js";
import { Session } from "./session.js";

const NET = "http://network.test:9696";
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function cloud() {
  const keystone = fakeKeystone({ services: { network: { url: NET, document: networkDocument(NET) } } });
  const seen: { token: string | null }[] = [];
  server.use(
    ...keystone.handlers,
    http.get(`${NET}/v2.0/networks`, ({ request }) => {
      seen.push({ token: request.headers.get("x-auth-token") });
      return keystone.reject(request) ?? HttpResponse.json({ networks: [] });
    }),
  );
  const session = new Session({
    auth: new PasswordAuth({ authUrl: keystone.authUrl, username: "admin", password: "secret", projectName: "admin" }),
  });
  return { keystone, session, seen, network: new ServiceClient(session, { type: "network", version: "2" }) };
}

describe("Session", () => {
  it("makes one token request and one discovery request for 100 concurrent first calls", async () => {
    const { keystone, network, seen } = cloud();
    await Promise.all(Array.from({ length: 100 }, () => network.get("networks").json()));
    expect(keystone.counts.get("tokens")).toBe(1);
    expect(keystone.counts.get("discovery:network")).toBe(1);
    expect(seen).toHaveLength(100);
    expect(new Set(seen.map((s) => s.token))).toEqual(new Set([keystone.issued[0]]));
  });

  it("re-authenticates once for a burst of 401s on a revoked token, then retries each call once", async () => {
    const { keystone, network, seen } = cloud();
    await network.get("networks");
    keystone.revoke(keystone.issued[0]!);
    await Promise.all(Array.from({ length: 20 }, () => network.get("networks")));
    expect(keystone.counts.get("tokens")).toBe(2);
    // 1 first call + 20 rejected + 20 retried with the new token
    expect(seen).toHaveLength(41);
    expect(seen.slice(21).every((s) => s.token === keystone.issued[1])).toBe(true);
  });

  it("gives up after one re-authentication when the new token is refused too", async () => {
    const { keystone, network } = cloud();
    server.use(http.get(`${NET}/v2.0/networks`, () => HttpResponse.json({ error: { message: "nope" } }, { status: 401 })));
    await expect(network.get("networks")).rejects.toBeInstanceOf(UnauthorizedError);
    expect(keystone.counts.get("tokens")).toBe(2);
  });
});
