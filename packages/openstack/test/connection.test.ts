import { fakeKeystone, networkDocument } from "@openstack-ts/mock";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { ConfigError, PasswordAuth, Session, type AuthPlugin } from "@openstack-ts/core";
import { Connection } from "../src/connection.js";
import { fromConfig } from "../src/from-config.js";
import { mockServer } from "@openstack-ts/mock/vitest";

const NET = "http://network.test:9696";
const DNS = "http://dns.test:9001/";
// Cyborg: a catalog service no package covers (issue 16 leaves it out)
const CYBORG = "http://accelerator.test:6666/v2";
// Designate's root document: its v2 at <root>/v2.
const dnsDocument = { versions: [{ id: "v2.0", status: "CURRENT", links: [{ rel: "self", href: `${DNS}v2` }] }] };
const server = mockServer();

function cloud() {
  const keystone = fakeKeystone({
    services: {
      network: { url: NET, document: networkDocument(NET) },
      dns: { url: DNS, document: dnsDocument },
      accelerator: { url: CYBORG },
    },
  });
  const hits: string[] = [];
  server.events.on("request:start", ({ request }) => void hits.push(`${request.method} ${request.url}`));
  server.use(
    ...keystone.handlers,
    http.get(`${NET}/v2.0/networks`, ({ request }) => keystone.reject(request) ?? HttpResponse.json({ networks: [] })),
    http.get(
      `${keystone.authUrl}/projects`,
      ({ request }) => keystone.reject(request) ?? HttpResponse.json({ projects: [], links: {} }),
    ),
    http.get(
      `${DNS}v2/zones`,
      ({ request }) => keystone.reject(request) ?? HttpResponse.json({ zones: [{ name: "example.org." }] }),
    ),
    http.get(`${CYBORG}/devices`, ({ request }) => keystone.reject(request) ?? HttpResponse.json({ devices: [] })),
  );
  const login = {
    authUrl: keystone.authUrl,
    username: "admin",
    password: "secret",
    projectName: "admin",
    retries: false as const,
  };
  return { keystone, hits, login };
}

describe("Connection", () => {
  it("builds each service on first access, once, and shares one token and one discovery per service", async () => {
    const { keystone, hits, login } = cloud();
    const conn = new Connection(login);
    expect(hits).toEqual([]);
    expect(conn.network).toBe(conn.network);
    await Promise.all(
      Array.from({ length: 50 }, (_, i) => (i % 2 ? conn.network.listNetworks() : conn.identity.listProjects())),
    );
    expect(keystone.counts.get("tokens")).toBe(1);
    expect(keystone.counts.get("discovery:network")).toBe(1);
    expect(keystone.counts.get("discovery:identity")).toBe(1);
  });

  it("answers any catalog service through a raw client relative to its catalog URL", async () => {
    const { login } = cloud();
    const conn = new Connection(login);
    expect(await conn.service("accelerator").get("/devices").json()).toEqual({ devices: [] });
    // a service with a package answers through its façade: paths relative to its discovered version
    expect(conn.service("dns")).toBe(conn.dns);
    expect(await conn.service("dns").get("zones").json()).toEqual({ zones: [{ name: "example.org." }] });
    expect(conn.service("network")).toBe(conn.network);
  });

  it("tells the catalog URL, or the override, as openstacksdk's endpoint_for", async () => {
    const { keystone, login } = cloud();
    expect(await new Connection(login).endpointFor("network")).toBe(NET);
    const overridden = new Connection({ ...login, networkEndpointOverride: "http://proxy.test/net/%(project_id)s" });
    expect(await overridden.endpointFor("network")).toBe("http://proxy.test/net/p-admin");
    expect(await new Connection(login).endpointFor("identity")).toBe(keystone.authUrl);
    expect(await new Connection(login).currentProjectId).toBe("p-admin");
    expect(await new Connection(login).currentUserId).toBe("u-admin");
  });

  it("maps flat per-service options and the profile map onto the session's service settings", () => {
    const conn = new Connection({
      authUrl: "http://keystone.test/v3",
      username: "u",
      password: "p",
      computeApiVersion: 2,
      blockStorageEndpointOverride: "http://cinder.test/v3",
      networkInterface: "internal",
      computeDefaultMicroversion: "2.79",
      profile: { image: { regionName: "RegionTwo" } },
    });
    expect(conn.session.serviceSettings("compute")).toEqual({ apiVersion: "2", microversion: "2.79" });
    expect(conn.session.serviceSettings("volumev3")).toEqual({ endpointOverride: "http://cinder.test/v3" });
    expect(conn.session.serviceSettings("network")).toEqual({ interface: "internal" });
    expect(conn.session.serviceSettings("image")).toEqual({ regionName: "RegionTwo" });
  });

  it("takes any object implementing the plugin interface, or an existing session", async () => {
    const { login } = cloud();
    let calls = 0;
    const inner = new PasswordAuth(login);
    const counting: AuthPlugin = {
      authUrl: login.authUrl,
      authenticate: (transport) => (calls++, inner.authenticate(transport)),
    };
    const conn = new Connection({ authenticator: counting });
    await conn.network.listNetworks();
    expect(calls).toBe(1);
    const session = new Session({ auth: inner });
    expect(new Connection({ session }).session).toBe(session);
  });

  it("rejects an unknown auth type and a missing password with ConfigError", () => {
    expect(() => new Connection({ authUrl: "http://k.test/v3", authPlugin: "kerberos" })).toThrow(ConfigError);
    expect(() => new Connection({ authUrl: "http://k.test/v3", username: "u" } as never)).toThrow(/needs password/);
  });
});

describe("fromConfig", () => {
  it("connects from clouds.yaml text, with command-line options over the file", async () => {
    const { keystone } = cloud();
    const yaml = `clouds:\n  mine:\n    auth:\n      auth_url: ${keystone.authUrl}\n      username: admin\n      password: secret\n      project_name: admin\n    region_name: RegionOne\n`;
    const conn = await fromConfig({
      cloudName: "mine",
      cloudConfig: yaml,
      env: {},
      options: { os_interface: "internal" },
      connection: { retries: false },
    });
    expect(await conn.currentProjectId).toBe("p-admin");
    expect(conn.config?.regionName).toBe("RegionOne");
    expect(conn.config?.interface).toBe("internal");
    expect(String(conn.config)).not.toContain("secret");
    expect(JSON.stringify(conn.config)).not.toContain("secret");
  });
});

describe("every service of Connection", () => {
  it("derives its façade methods without two of them claiming one name, package functions included", async () => {
    const { methodTable } = await import("@openstack-ts/core");
    const { services } = await import("../src/services.js");
    const sizes = Object.fromEntries(
      Object.entries(services).map(([name, definition]) => [name, methodTable(definition).size]),
    );
    for (const size of Object.values(sizes)) expect(size).toBeGreaterThan(10);
    expect(methodTable(services.image).has("uploadImage")).toBe(true);
    expect(methodTable(services.objectStore).has("generateTempUrl")).toBe(true);
    expect(methodTable(services.placement).has("listAllocationCandidates")).toBe(true);
  });
});
