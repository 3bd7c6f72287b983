import { identity } from "@openstack-ts/identity";
import { fakeKeystone, networkDocument } from "@openstack-ts/mock";
import { mockServer } from "@openstack-ts/mock/vitest";
import { network } from "@openstack-ts/network";
import { http, HttpResponse } from "msw";
import { InvalidArgumentError } from "@openstack-ts/core";
import { describe, expect, expectTypeOf, it } from "vitest";
import { connectionWith } from "../src/connection-with.js";
import * as entry from "../src/index.js";

const NET = "http://network.test:9696";
const server = mockServer();

describe("connectionWith", () => {
  it("builds a Connection class with just the services named, each built once on first access", async () => {
    const keystone = fakeKeystone({ services: { network: { url: NET, document: networkDocument(NET) } } });
    server.use(
      ...keystone.handlers,
      http.get(`${NET}/v2.0/networks`, () => HttpResponse.json({ networks: [] })),
    );
    const Small = connectionWith({ identity, network });
    const conn = new Small({ authUrl: keystone.authUrl, username: "admin", password: "secret", projectName: "admin" });
    expect(conn.network).toBe(conn.network);
    expect(await conn.network.listNetworks()).toEqual([]);
    expect(conn.service("network")).toBe(conn.network);
    expect("compute" in conn).toBe(false);
    expectTypeOf(conn.identity.listProjects).toBeFunction();
    // @ts-expect-error: this connection carries no compute service
    expect(conn.compute).toBeUndefined();
  });

  it("takes the entry's namespaces as well as definitions: each namespace's service definition is used", async () => {
    const keystone = fakeKeystone({ services: { network: { url: NET, document: networkDocument(NET) } } });
    server.use(
      ...keystone.handlers,
      http.get(`${NET}/v2.0/networks`, () => HttpResponse.json({ networks: [] })),
    );
    const Small = connectionWith({ identity: entry.identity, network: entry.network });
    const conn = new Small({ authUrl: keystone.authUrl, username: "admin", password: "secret", projectName: "admin" });
    expect(await conn.network.listNetworks()).toEqual([]);
    expect(conn.service("network")).toBe(conn.network);
    expect("compute" in conn).toBe(false);
  });

  it("refuses, naming it, a service that is neither a definition nor a namespace holding one", () => {
    const bad = { network: { networks: entry.network.networks } } as never;
    expect(() => connectionWith(bad)).toThrow(InvalidArgumentError);
    expect(() => connectionWith(bad)).toThrow("connectionWith: network is not a service");
  });
});
