import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../../src/server/http-server.js";

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
afterAll(() => server.close());

const login = () =>
  fetch(`${server.authUrl}/auth/tokens`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: "http://localhost:3000" },
    body: JSON.stringify({
      auth: {
        identity: {
          methods: ["password"],
          password: { user: { name: "admin", domain: { name: "Default" }, password: "admin" } },
        },
        scope: { project: { name: "admin", domain: { name: "Default" } } },
      },
    }),
  });

describe("the loopback server", () => {
  it("listens on 127.0.0.1 on a free port, with its catalog on that origin", async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await login();
    expect(response.status).toBe(201);
    const body = (await response.json()) as { token: { catalog: { type: string; endpoints: { url: string }[] }[] } };
    expect(body.token.catalog.find((s) => s.type === "network")!.endpoints[0]!.url).toBe(`${server.url}/network`);
  });

  it("answers a CORS preflight with every method and the headers asked for", async () => {
    const response = await fetch(`${server.authUrl}/auth/tokens`, {
      method: "OPTIONS",
      headers: {
        Origin: "http://localhost:3000",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type, x-auth-token",
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("http://localhost:3000");
    expect(response.headers.get("access-control-allow-methods")).toContain("PATCH");
    expect(response.headers.get("access-control-allow-headers")).toBe("content-type, x-auth-token");
  });

  it("lets a page read the token and the request id: every response header is exposed", async () => {
    const response = await login();
    expect(response.headers.get("access-control-allow-origin")).toBe("http://localhost:3000");
    const exposed = response.headers.get("access-control-expose-headers")!.toLowerCase().split(/,\s*/);
    expect(exposed).toEqual(
      expect.arrayContaining([
        "x-subject-token",
        "x-openstack-request-id",
        "openstack-api-version",
        "location",
        "etag",
      ]),
    );
  });

  it("answers through localhost too, with links on its own origin", async () => {
    const response = await fetch(`${server.url.replace("127.0.0.1", "localhost")}/network`);
    const body = (await response.json()) as { versions: { links: { href: string }[] }[] };
    expect(body.versions[0]!.links[0]!.href).toBe(`${server.url}/network/v2.0/`);
  });

  it("answers HEAD without a body and streams uploads of any size", async () => {
    const token = (await login()).headers.get("x-subject-token")!;
    const project = server.cloud.ids.projects.admin;
    const container = `${server.url}/object-store/v1/AUTH_${project}/big`;
    await fetch(container, { method: "PUT", headers: { "X-Auth-Token": token } });
    const data = new Uint8Array(3 * 1024 * 1024).map((_, i) => i % 251);
    expect(
      (await fetch(`${container}/blob`, { method: "PUT", headers: { "X-Auth-Token": token }, body: data })).status,
    ).toBe(201);
    const head = await fetch(`${container}/blob`, { method: "HEAD", headers: { "X-Auth-Token": token } });
    expect(head.headers.get("content-length")).toBe(String(data.byteLength));
    const back = new Uint8Array(
      await (await fetch(`${container}/blob`, { headers: { "X-Auth-Token": token } })).arrayBuffer(),
    );
    expect(Buffer.from(back).equals(Buffer.from(data))).toBe(true);
  });

  it("refuses to listen anywhere but loopback", async () => {
    await expect(startMockServer({ host: "0.0.0.0" })).rejects.toThrow(/refusing to listen on '0.0.0.0'/);
  });
});
