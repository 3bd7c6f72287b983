// The token goes only to the auth URL and to the catalog's endpoints (or an explicit
// override): never to another host named by a next link, a redirect or an object URL. The
// other host is a second loopback listener on its own port (another origin) that records
// every request and every token it is sent.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Connection, HttpError, type ConnectionOptions } from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, recordingFetch, uniqueName } from "../support/cloud.js";
import { FaultProxy } from "./proxy.js";

/** A listener that answers every request with an empty network list and remembers it. */
async function elsewhere(): Promise<{
  url: string;
  seen: { url: string; token: string | undefined }[];
  server: Server;
}> {
  const seen: { url: string; token: string | undefined }[] = [];
  const server = createServer((request, response) => {
    seen.push({ url: request.url ?? "", token: request.headers["x-auth-token"] as string | undefined });
    response.writeHead(200, { "content-type": "application/json" }).end('{"networks": []}');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server };
}

const direct = new Connection(admin);
const name = uniqueName("confine");
let other: Awaited<ReturnType<typeof elsewhere>>;
let proxy: FaultProxy;
let through: ConnectionOptions;
const made: string[] = [];

beforeAll(async () => {
  other = await elsewhere();
  proxy = await FaultProxy.start([5000, 9696]);
  through = { ...admin, authUrl: proxy.authUrl, retries: false };
  for (let i = 0; i < 2; i++) made.push((await direct.network.createNetwork({ name })).id);
});
afterAll(async () => {
  other?.server.close();
  await proxy?.close();
  for (const id of made) await direct.network.deleteNetwork(id);
});

describe("the token", () => {
  it("goes only to the auth URL and to the catalog's endpoints, and never to a version document", async () => {
    const recorder = recordingFetch();
    const tokens: { url: string; token: string | null }[] = [];
    const conn = new Connection({
      ...admin,
      fetch: (input, init) => {
        const request = new Request(input, init);
        tokens.push({ url: request.url, token: request.headers.get("x-auth-token") });
        return recorder.fetch(request);
      },
    });
    await conn.identity.listProjects();
    await conn.network.listNetworks({ name });
    await conn.image.listImages();
    await conn.compute.listFlavors();
    await conn
      .service("object-store")
      .get("")
      .catch(() => undefined);
    const catalog = (await conn.session.access()).catalog ?? [];
    const trusted = new Set([
      new URL(admin.authUrl).origin,
      ...catalog.flatMap((s) => s.endpoints.map((e) => new URL(e.url).origin)),
    ]);
    const sent = tokens.filter((t) => t.token !== null);
    expect(sent.length).toBeGreaterThanOrEqual(5);
    for (const { url } of sent) expect(trusted.has(new URL(url).origin), url).toBe(true);
    // Version documents are public: fetched without the token (and without a CORS preflight in a browser).
    const documents = tokens.filter((t) => /^\/(v\d+(\.\d+)?\/?)?$/.test(new URL(t.url).pathname));
    expect(documents.length).toBeGreaterThan(0);
    expect(documents.filter((t) => t.token !== null)).toEqual([]);
  });

  it("is not sent to another host named by a next link: the link is followed on the service's own origin", async () => {
    const conn = new Connection(through);
    // Neutron pages in id order: the page after the lowest id holds the rest.
    const [first] = [...made].sort();
    proxy.inject({
      method: "GET",
      path: /\/v2\.0\/networks\?/,
      fault: {
        kind: "replace-body",
        body: JSON.stringify({
          networks: [await direct.network.getNetwork(first!)],
          networks_links: [{ rel: "next", href: `${other.url}/v2.0/networks?name=${name}&limit=1&marker=${first}` }],
        }),
      },
    });
    const listed = await conn.network.listNetworks({ name }, { limit: 1 });
    expect(listed.map((n) => n.id).sort()).toEqual([...made].sort());
    expect(other.seen).toEqual([]);
    // The page after the first was asked of Neutron, through the proxy, with the link's path and query.
    expect(proxy.requests("GET", new RegExp(`marker=${first}`))).toHaveLength(1);
  });

  it("is not sent after a redirect to another host: the call fails with an HttpError", async () => {
    const conn = new Connection(through);
    await conn.network.getNetwork(made[0]!);
    proxy.inject({
      method: "GET",
      path: /\/v2\.0\/networks\//,
      fault: { kind: "redirect", status: 307, location: `${other.url}/v2.0/networks/${made[0]}` },
    });
    const error = await conn.network.getNetwork(made[0]!).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 307, method: "GET" });
    expect((error as Error).message).toContain(
      `redirected to ${other.url}/v2.0/networks/${made[0]}, not an auth or catalog endpoint: not followed`,
    );
    expect(other.seen).toEqual([]);
  });

  it("follows a redirect within the service's own origin, token and all", async () => {
    const conn = new Connection(through);
    await conn.network.getNetwork(made[0]!);
    proxy.reset();
    proxy.inject({
      method: "GET",
      path: new RegExp(`/v2\\.0/networks/${made[0]}$`),
      fault: { kind: "redirect", location: `${proxy.origin(9696)}/v2.0/networks/${made[1]}` },
    });
    expect((await conn.network.getNetwork(made[0]!)).id).toBe(made[1]);
    const [redirected, followed] = proxy.requests("GET", /\/v2\.0\/networks\//);
    expect(followed!.path).toBe(`/v2.0/networks/${made[1]}`);
    expect(followed!.token).toBe(redirected!.token);
    expect(followed!.token).not.toBeNull();
  });

  it("is not sent to an object URL on another host", async () => {
    const conn = new Connection(admin);
    await conn
      .service("object-store")
      .get(`${other.url}/v1/AUTH_x/container/object`)
      .catch(() => undefined);
    await conn.network.get(`${other.url}/v2.0/networks`);
    expect(other.seen.map((s) => s.token)).toEqual([undefined, undefined]);
    other.seen.length = 0;
  });

  it("is sent to an endpoint override, which the user chose", async () => {
    const conn = new Connection({ ...admin, networkEndpointOverride: `${other.url}/v2.0` });
    expect(await conn.network.listNetworks()).toEqual([]);
    const token = await conn.authorize();
    expect(other.seen.filter((s) => s.url.startsWith("/v2.0/networks")).map((s) => s.token)).toEqual([token]);
    other.seen.length = 0;
  });
});
