import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { type AuthPlugin, ConfigError, RescopedAuth } from "@openstack-ts/core";
import { mockServer } from "@openstack-ts/mock/vitest";
import * as network from "@openstack-ts/network";
import { Connection } from "../src/connection.js";
import { connectionWith } from "../src/connection-with.js";

const AUTH = "http://keystone.test/v3";
const server = mockServer();

/** An unscoped login: a token and a user, no catalog. */
const unscoped: AuthPlugin = {
  authUrl: AUTH,
  authenticate: async () => ({ token: "unscoped-token", user: { id: "u-1" } }),
};

/** Keystone exchanging the token for the scope asked, and the request bodies it saw. */
function keystone() {
  const bodies: { auth: { identity: { token: { id: string } }; scope: unknown } }[] = [];
  server.use(
    http.post(`${AUTH}/auth/tokens`, async ({ request }) => {
      bodies.push((await request.json()) as (typeof bodies)[number]);
      return HttpResponse.json(
        { token: { user: { id: "u-1" }, project: { id: "p-1" } } },
        { status: 201, headers: { "X-Subject-Token": "scoped-token" } },
      );
    }),
  );
  return bodies;
}

describe("connectAs", () => {
  it("gives a connection of the same kind, scoped by exchanging this one's token", async () => {
    const bodies = keystone();
    const login = new Connection({ authenticator: unscoped, regionName: "RegionTwo" });
    const project = login.connectAsProject({ id: "p-1" });
    expect(project).toBeInstanceOf(Connection);
    expect(project.session.tokens.plugin).toBeInstanceOf(RescopedAuth);
    expect(await project.authorize()).toBe("scoped-token");
    expect(await project.currentProjectId).toBe("p-1");
    expect(bodies).toEqual([
      {
        auth: {
          identity: { methods: ["token"], token: { id: "unscoped-token" } },
          scope: { project: { id: "p-1" } },
        },
      },
    ]);
  });

  it("keeps a connectionWith class and its services", () => {
    const Small = connectionWith({ network });
    const scoped = new Small({ authenticator: unscoped }).connectAs({ domainName: "Default" });
    expect(scoped).toBeInstanceOf(Small);
    expect(typeof scoped.network.listNetworks).toBe("function");
  });

  it("refuses no scope, or two kinds at once, naming what it got", () => {
    const login = new Connection({ authenticator: unscoped });
    expect(() => login.connectAs({})).toThrow(ConfigError);
    expect(() => login.connectAs({ projectId: "p", systemScope: "all" })).toThrow(/got projectId, systemScope/);
  });
});
