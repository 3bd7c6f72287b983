import { fakeKeystone, sessionFor } from "../support/keystone.js";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { MicroversionError } from "../../src/errors/sdk-errors.js";
import { runAction } from "../../src/resource/action.js";
import type { SessionOptions } from "../../src/session/session-options.js";
import { ServiceClient } from "../../src/service/service-client.js";
import { rawDescriptor } from "../../src/service/service-descriptor.js";
import { mockServer } from "../support/server.js";

const CINDER = "http://cinder.test:8776";
const NOVA = "http://nova.test:8774";
const server = mockServer();

const blockStorage = { type: "block-storage", version: "3", microversion: { name: "volume" } } as const;
const compute = {
  type: "compute",
  version: "2",
  microversion: { name: "compute", legacyHeader: "X-OpenStack-Nova-API-Version" },
} as const;

/** Cinder and Nova as the loopback cloud serves them; `seen` holds API requests with their version headers. */
function cloud(options: Partial<SessionOptions> = {}) {
  const keystone = fakeKeystone({
    services: {
      volumev3: { url: `${CINDER}/v3/%(project_id)s` },
      compute: { url: `${NOVA}/v2.1` },
      dns: { url: "http://dns.test:9001" },
    },
  });
  const seen: { url: string; version: string | null; legacy: string | null }[] = [];
  const discovery: string[] = [];
  server.events.on("request:start", ({ request }) => {
    if (request.url.endsWith("/volumes") || request.url.endsWith("/servers") || request.url.includes("dns.test")) {
      seen.push({
        url: request.url,
        version: request.headers.get("openstack-api-version"),
        legacy: request.headers.get("x-openstack-nova-api-version"),
      });
    }
  });
  const document = (url: string, body: Record<string, unknown>, status = 200) =>
    http.get(url, () => {
      discovery.push(url);
      return HttpResponse.json(body, { status });
    });
  server.use(
    ...keystone.handlers,
    document(
      `${CINDER}/v3`,
      { error: { code: 401, title: "Unauthorized", message: "The request you have made requires authentication." } },
      401,
    ),
    document(
      `${CINDER}/`,
      {
        versions: [
          {
            id: "v3.0",
            status: "CURRENT",
            version: "3.70",
            min_version: "3.0",
            links: [{ rel: "self", href: `${CINDER}/v3/` }],
          },
        ],
      },
      300,
    ),
    document(`${NOVA}/v2.1`, {
      version: {
        id: "v2.1",
        status: "CURRENT",
        version: "2.93",
        min_version: "2.1",
        links: [{ rel: "self", href: `${NOVA}/v2.1/` }],
      },
    }),
    http.get(`${CINDER}/v3/:project/volumes`, () => HttpResponse.json({ volumes: [] })),
    http.get(`${NOVA}/v2.1/servers`, () => HttpResponse.json({ servers: [] })),
    http.get("http://dns.test:9001/v2/zones", () => HttpResponse.json({ zones: [] })),
  );
  return { session: sessionFor(keystone, options), seen, discovery };
}

describe("ServiceClient", () => {
  it("finds Cinder under its volumev3 alias, fills the project id, and reads microversions from the root after /v3's 401", async () => {
    const { session, seen, discovery } = cloud();
    const cinder = new ServiceClient(session, blockStorage);
    expect(await cinder.endpoint()).toMatchObject({
      url: `${CINDER}/v3/p-admin`,
      version: { maxMicroversion: "3.70" },
    });
    const microversion = await cinder.microversion({ sdkMax: "3.60", what: "listVolumes" });
    expect(microversion).toBe("3.60");
    await cinder.get("volumes", { microversion });
    expect(seen).toEqual([{ url: `${CINDER}/v3/p-admin/volumes`, version: "volume 3.60", legacy: null }]);
    expect(discovery).toEqual([`${CINDER}/v3`, `${CINDER}/`]);
  });

  it("resolves the endpoint once for concurrent callers", async () => {
    const { session, discovery } = cloud();
    const cinder = new ServiceClient(session, blockStorage);
    await Promise.all(Array.from({ length: 10 }, () => cinder.get("volumes")));
    expect(discovery).toEqual([`${CINDER}/v3`, `${CINDER}/`]);
  });

  it("sends the service's legacy microversion header beside OpenStack-API-Version", async () => {
    const { session, seen } = cloud();
    await new ServiceClient(session, compute).get("servers", { microversion: "2.79" });
    expect(seen).toEqual([{ url: `${NOVA}/v2.1/servers`, version: "compute 2.79", legacy: "2.79" }]);
  });

  it("uses a microversion configured for the service, by official name or alias", async () => {
    const { session, seen } = cloud({ services: { volumev3: { microversion: "3.10" } } });
    const cinder = new ServiceClient(session, blockStorage);
    expect(await cinder.microversion({ sdkMax: "3.60", what: "listVolumes" })).toBe("3.10");
    await cinder.get("volumes");
    expect(seen[0]?.version).toBe("volume 3.10");
  });

  it("sends no header and negotiates nothing for a service without microversions", async () => {
    const { session, seen } = cloud();
    const dns = new ServiceClient(session, rawDescriptor("dns"));
    expect(await dns.microversion({ sdkMax: "2.5", what: "x" })).toBeUndefined();
    expect(await dns.get("v2/zones").json()).toEqual({ zones: [] });
    expect(seen).toEqual([{ url: "http://dns.test:9001/v2/zones", version: null, legacy: null }]);
  });

  it("sends a microversion on a raw client only when the call passes one, named as the service names itself", async () => {
    const { session, seen } = cloud();
    const raw = new ServiceClient(session, rawDescriptor("volumev3"));
    await raw.get("volumes");
    await raw.get("volumes", { microversion: "3.27" });
    expect(seen.map((s) => s.version)).toEqual([null, "volume 3.27"]);
  });

  it("fails an action that requires more than the server offers, before sending it", async () => {
    const { session, seen } = cloud();
    const action = { method: "GET", path: "volumes", requires: "3.80" } as const;
    const attempt = runAction(blockStorage, "listVolumesSummary", action, session);
    await expect(attempt).rejects.toBeInstanceOf(MicroversionError);
    await expect(attempt).rejects.toThrow(/3\.80.*3\.70/);
    expect(seen).toEqual([]);
  });
});
