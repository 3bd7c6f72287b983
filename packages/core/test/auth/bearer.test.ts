import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import type { AuthPlugin } from "../../src/auth/plugin.js";
import { Session } from "../../src/session/session.js";
import { mockServer } from "../support/server.js";

const server = mockServer();
const TOKEN = "oauth2-access-token-7c1e";

/** A plugin whose token is to go as Bearer too (a Keystone OAuth 2.0 access token), or not. */
const plugin = (bearer: boolean): AuthPlugin => ({
  authUrl: "http://keystone.test/v3",
  authenticate: async () => ({
    token: TOKEN,
    bearer,
    catalog: [
      {
        type: "network",
        endpoints: [{ interface: "public", region: "RegionOne", url: "http://neutron.test" }],
      },
    ],
  }),
});

function seen() {
  const requests: Request[] = [];
  server.events.on("request:start", ({ request }) => requests.push(request.clone()));
  server.use(
    http.get("http://neutron.test/v2.0/networks", () => HttpResponse.json({ networks: [] })),
    http.get("http://elsewhere.test/x", () => HttpResponse.json({})),
  );
  return requests;
}

describe("a token to send as Bearer too", () => {
  it("goes as X-Auth-Token and Authorization: Bearer to a trusted endpoint, and neither elsewhere", async () => {
    const requests = seen();
    const session = new Session({ auth: plugin(true), retries: false });
    await session.request("http://neutron.test/v2.0/networks", { context: { authenticated: true } });
    await session.request("http://elsewhere.test/x", { context: { authenticated: true } });
    const [trusted, other] = requests;
    expect(trusted!.headers.get("x-auth-token")).toBe(TOKEN);
    expect(trusted!.headers.get("authorization")).toBe(`Bearer ${TOKEN}`);
    expect(other!.headers.get("x-auth-token")).toBeNull();
    expect(other!.headers.get("authorization")).toBeNull();
  });

  it("is not sent as Bearer when the plugin does not ask", async () => {
    const requests = seen();
    const session = new Session({ auth: plugin(false), retries: false });
    await session.request("http://neutron.test/v2.0/networks", { context: { authenticated: true } });
    expect(requests[0]!.headers.get("x-auth-token")).toBe(TOKEN);
    expect(requests[0]!.headers.get("authorization")).toBeNull();
  });
});
