import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { NoAuth } from "../../src/auth/static.js";
import { ConfigError } from "../../src/errors/sdk-errors.js";
import { Session } from "../../src/session/session.js";
import { mockServer } from "../support/server.js";

const server = mockServer();

const GLOBAL_ID = "req-0f5d2c3e-8c7b-4a0e-9f3f-1e2d3c4b5a69";

describe("request ids", () => {
  it("remembers the X-OpenStack-Request-ID of the most recent response, failed ones included", async () => {
    let n = 0;
    server.use(
      http.get("http://service.test/ok", () =>
        HttpResponse.json({}, { headers: { "X-OpenStack-Request-ID": `req-ok-${++n}` } }),
      ),
      http.get("http://service.test/missing", () =>
        HttpResponse.json({}, { status: 404, headers: { "X-OpenStack-Request-ID": "req-missing" } }),
      ),
      http.get("http://service.test/none", () => HttpResponse.json({})),
    );
    const session = new Session({ auth: new NoAuth(), retries: false });
    expect(session.lastRequestId).toBeUndefined();
    await session.request("http://service.test/ok");
    expect(session.lastRequestId).toBe("req-ok-1");
    await session.request("http://service.test/ok");
    expect(session.lastRequestId).toBe("req-ok-2");
    await expect(session.request("http://service.test/missing")).rejects.toThrow();
    expect(session.lastRequestId).toBe("req-missing");
    await session.request("http://service.test/none");
    expect(session.lastRequestId).toBe("req-missing");
  });

  it("sends globalRequestId on every request", async () => {
    const sent: (string | null)[] = [];
    server.use(
      http.all("http://service.test/*", ({ request }) => {
        sent.push(request.headers.get("x-openstack-request-id"));
        return HttpResponse.json({});
      }),
    );
    const session = new Session({ auth: new NoAuth(), globalRequestId: GLOBAL_ID });
    await session.request("http://service.test/a");
    await session.request("http://service.test/b", { method: "post", json: {} });
    expect(sent).toEqual([GLOBAL_ID, GLOBAL_ID]);
    await new Session({ auth: new NoAuth() }).request("http://service.test/c");
    expect(sent[2]).toBeNull();
  });

  it.each([
    ["0f5d2c3e-8c7b-4a0e-9f3f-1e2d3c4b5a69"],
    ["req-123"],
    ["req-0f5d2c3e-8c7b-4a0e-9f3f-1e2d3c4b5a69\r\nX-Evil: 1"],
  ])("refuses a globalRequestId that is not req-<uuid>: %j", (id) => {
    expect(() => new Session({ auth: new NoAuth(), globalRequestId: id })).toThrow(ConfigError);
    expect(() => new Session({ auth: new NoAuth(), globalRequestId: id })).toThrow(
      /globalRequestId must look like req-<uuid>/,
    );
  });
});
