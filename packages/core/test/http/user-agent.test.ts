import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { NoAuth } from "../../src/auth/static.js";
import { Session } from "../../src/session/session.js";
import { VERSION } from "../../src/version.js";
import { userAgentFor } from "../../src/http/user-agent.js";
import { mockServer } from "../support/server.js";

const server = mockServer();

describe("User-Agent", () => {
  it("is openstack-ts/<version> in Node, after the caller's prefix", () => {
    expect(userAgentFor(undefined)).toBe(`openstack-ts/${VERSION}`);
    expect(userAgentFor("my-dashboard/2.0")).toBe(`my-dashboard/2.0 openstack-ts/${VERSION}`);
  });

  it("is sent on every request of a session", async () => {
    const agents: (string | null)[] = [];
    server.use(
      http.get("http://service.test/", ({ request }) => {
        agents.push(request.headers.get("user-agent"));
        return HttpResponse.json({});
      }),
    );
    await new Session({ auth: new NoAuth(), userAgent: "ci-runner/1" }).request("http://service.test/");
    await new Session({ auth: new NoAuth() }).request("http://service.test/");
    expect(agents).toEqual([`ci-runner/1 openstack-ts/${VERSION}`, `openstack-ts/${VERSION}`]);
  });
});
