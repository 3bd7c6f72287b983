import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { availableScopes, listAuthDomains, listAuthProjects, rescopedAuth } from "../../src/auth/available-scopes.js";
import { ResponseValidationError } from "../../src/errors/response-validation-error.js";
import { Session } from "../../src/session/session.js";
import { mockServer, testCloud } from "../support/server.js";

const server = mockServer();
const AUTH = "http://keystone.test/v3";
// As Keystone Zed answered on the loopback cloud (the API reference has no samples for these).
const PROJECTS = {
  projects: [
    {
      id: "0b4bd1d8c7d94b5cbb3d1f4a6a6f5c1e",
      name: "demo",
      domain_id: "default",
      description: "",
      enabled: true,
      parent_id: "default",
      is_domain: false,
      tags: [],
      options: {},
      links: { self: `${AUTH}/projects/0b4bd1d8c7d94b5cbb3d1f4a6a6f5c1e` },
    },
  ],
  links: { next: null, self: `${AUTH}/auth/projects`, previous: null },
};
const DOMAINS = {
  domains: [{ id: "default", name: "Default", enabled: true }],
  links: { self: `${AUTH}/auth/domains` },
};
const SYSTEM = { system: [{ all: true }], links: { self: `${AUTH}/auth/system` } };

function answering(system: Record<string, unknown> = SYSTEM) {
  const { session, seen } = testCloud(server, { watch: `${AUTH}/auth/` });
  server.use(
    http.get(`${AUTH}/auth/projects`, () => HttpResponse.json(PROJECTS)),
    http.get(`${AUTH}/auth/domains`, () => HttpResponse.json(DOMAINS)),
    http.get(`${AUTH}/auth/system`, () => HttpResponse.json(system)),
  );
  return { session, seen };
}

describe("the scopes a token may have", () => {
  it("lists projects, domains and system with the session's token, at the auth URL", async () => {
    const { session, seen } = answering();
    const scopes = await availableScopes(session);
    expect(scopes.projects.map((p) => p.name)).toEqual(["demo"]);
    expect(scopes.domains.map((d) => d.id)).toEqual(["default"]);
    expect(scopes.system).toBe(true);
    const token = await session.authorize();
    const lists = seen.filter((r) => r.method === "GET");
    expect(lists.map((r) => new URL(r.url).pathname).sort()).toEqual([
      "/v3/auth/domains",
      "/v3/auth/projects",
      "/v3/auth/system",
    ]);
    for (const request of lists) expect(request.headers.get("x-auth-token")).toBe(token);
  });

  it("says no system when Keystone lists none", async () => {
    const { session } = answering({ system: [], links: {} });
    expect((await availableScopes(session)).system).toBe(false);
  });

  it("refuses a body without the list", async () => {
    const { session } = testCloud(server);
    server.use(http.get(`${AUTH}/auth/projects`, () => HttpResponse.json({ project: {} })));
    await expect(listAuthProjects(session)).rejects.toBeInstanceOf(ResponseValidationError);
    server.use(http.get(`${AUTH}/auth/domains`, () => HttpResponse.json({ domains: ["default"] })));
    await expect(listAuthDomains(session)).rejects.toThrow(/domains/);
  });

  it("re-scopes by the session's current token, taken again at each login", async () => {
    const { session, seen } = answering();
    server.use(
      http.post(`${AUTH}/auth/tokens`, async ({ request }) => {
        const body = (await request.clone().json()) as { auth: { identity: { methods: string[] } } };
        if (body.auth.identity.methods[0] !== "token") return undefined;
        return HttpResponse.json(
          { token: { project: { id: "p-demo" }, expires_at: new Date(Date.now() + 3_600_000).toISOString() } },
          { status: 201, headers: { "X-Subject-Token": "scoped-token" } },
        );
      }),
    );
    const scoped = new Session({ auth: rescopedAuth(session, { projectId: "p-demo" }), retries: false });
    expect(await scoped.authorize()).toBe("scoped-token");
    const posts = await Promise.all(
      seen.filter((r) => r.method === "POST").map((r) => r.json() as Promise<{ auth: Record<string, any> }>),
    );
    const sent = posts.find((body) => body.auth["identity"].methods[0] === "token")!;
    expect(sent.auth["identity"].token.id).toBe(await session.authorize());
    expect(sent.auth["scope"]).toEqual({ project: { id: "p-demo" } });
  });
});
