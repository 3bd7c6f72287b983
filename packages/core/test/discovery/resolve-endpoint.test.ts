import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { NoAuth } from "../../src/auth/static.js";
import { Session } from "../../src/session/session.js";
import { resolveEndpoint } from "../../src/discovery/resolve-endpoint.js";

const server = setupServer();
const fetched: string[] = [];
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  server.events.removeAllListeners();
  fetched.length = 0;
});
afterAll(() => server.close());

const self = (href: string) => [{ rel: "self", href }];
const unauthorized = {
  error: { code: 401, title: "Unauthorized", message: "The request you have made requires authentication." },
};

/** Version documents as the loopback cloud serves them, moved onto test hosts. */
function serveDocuments() {
  server.events.on("request:start", ({ request }) => void fetched.push(request.url));
  server.use(
    http.get("http://nova.test:8774/", () =>
      HttpResponse.json({
        versions: [
          { id: "v2.0", status: "SUPPORTED", version: "", min_version: "", links: self("http://nova.test:8774/v2/") },
          {
            id: "v2.1",
            status: "CURRENT",
            version: "2.93",
            min_version: "2.1",
            links: self("http://nova.test:8774/v2.1/"),
          },
        ],
      }),
    ),
    http.get("http://nova.test:8774/v2.1", () =>
      HttpResponse.json({
        version: {
          id: "v2.1",
          status: "CURRENT",
          version: "2.93",
          min_version: "2.1",
          links: self("http://nova.test:8774/v2.1/"),
        },
      }),
    ),
    http.get("http://cinder.test:8776/", () =>
      HttpResponse.json(
        {
          versions: [
            {
              id: "v3.0",
              status: "CURRENT",
              version: "3.70",
              min_version: "3.0",
              links: [
                { rel: "describedby", type: "text/html", href: "https://docs.openstack.org/" },
                ...self("http://cinder.test:8776/v3/"),
              ],
            },
          ],
        },
        { status: 300 },
      ),
    ),
    http.get("http://cinder.test:8776/v3", () => HttpResponse.json(unauthorized, { status: 401 })),
    http.get("http://neutron.test:9696/", () =>
      HttpResponse.json({
        versions: [{ id: "v2.0", status: "CURRENT", links: self("http://neutron.test:9696/v2.0/") }],
      }),
    ),
    http.get("http://glance.test:9292/", () =>
      HttpResponse.json(
        {
          versions: [
            { id: "v2.15", status: "CURRENT", links: self("http://glance.test:9292/v2/") },
            ...[13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0].map((m) => ({
              id: `v2.${m}`,
              status: "SUPPORTED",
              links: self("http://glance.test:9292/v2/"),
            })),
          ],
        },
        { status: 300 },
      ),
    ),
    http.get("http://placement.test/placement", () =>
      HttpResponse.json({
        versions: [{ id: "v1.0", max_version: "1.39", min_version: "1.0", status: "CURRENT", links: self("") }],
      }),
    ),
    // A public endpoint behind a proxy whose service reports its internal address.
    http.get("https://cloud.example.test:13696/", () =>
      HttpResponse.json({ versions: [{ id: "v2.0", status: "CURRENT", links: self("http://10.0.0.9:9696/v2.0/") }] }),
    ),
  );
  const session = new Session({ auth: new NoAuth(), retries: false });
  return (url: string) => session.discover(url);
}

describe("resolveEndpoint, versioned catalog URLs", () => {
  it("keeps Nova's /v2.1 and reads its microversions from its own document", async () => {
    const load = serveDocuments();
    const resolved = await resolveEndpoint("http://nova.test:8774/v2.1", 2, load);
    expect(resolved.url).toBe("http://nova.test:8774/v2.1");
    expect(resolved.version).toMatchObject({ id: "v2.1", minMicroversion: "2.1", maxMicroversion: "2.93" });
    expect(fetched).toEqual(["http://nova.test:8774/v2.1"]);
  });

  it("keeps Cinder's /v3/<project>; its /v3 answers 401, so the root's document is read", async () => {
    const load = serveDocuments();
    const resolved = await resolveEndpoint("http://cinder.test:8776/v3/4fd44f30292945e481c7b8a0c8908869", 3, load);
    expect(resolved.url).toBe("http://cinder.test:8776/v3/4fd44f30292945e481c7b8a0c8908869");
    expect(resolved.version).toMatchObject({ id: "v3.0", minMicroversion: "3.0", maxMicroversion: "3.70" });
    expect(fetched).toEqual(["http://cinder.test:8776/v3", "http://cinder.test:8776/"]);
  });

  it("goes to the root for another major than the catalog URL's", async () => {
    const load = serveDocuments();
    const resolved = await resolveEndpoint("http://cinder.test:8776/v2/abc", 3, load);
    expect(resolved.url).toBe("http://cinder.test:8776/v3/");
    expect(resolved.version?.id).toBe("v3.0");
  });
});

describe("resolveEndpoint, unversioned catalog URLs", () => {
  it("follows Neutron's v2.0 link", async () => {
    const resolved = await resolveEndpoint("http://neutron.test:9696", 2, serveDocuments());
    expect(resolved.url).toBe("http://neutron.test:9696/v2.0/");
    expect(resolved.version?.maxMicroversion).toBeUndefined();
  });

  it("picks Glance's CURRENT v2.15 among many v2.x from its 300 root", async () => {
    const resolved = await resolveEndpoint("http://glance.test:9292", 2, serveDocuments());
    expect(resolved.url).toBe("http://glance.test:9292/v2/");
    expect(resolved.version?.id).toBe("v2.15");
  });

  it("uses Placement's document URL itself for its empty self href", async () => {
    const resolved = await resolveEndpoint("http://placement.test/placement", 1, serveDocuments());
    expect(resolved.url).toBe("http://placement.test/placement/");
    expect(resolved.version).toMatchObject({ minMicroversion: "1.0", maxMicroversion: "1.39" });
  });

  it("moves a version link on another origin onto the catalog's origin", async () => {
    const resolved = await resolveEndpoint("https://cloud.example.test:13696", 2, serveDocuments());
    expect(new URL(resolved.url).origin).toBe("https://cloud.example.test:13696");
    expect(resolved.url).toBe("https://cloud.example.test:13696/v2.0");
  });

  it("keeps the catalog URL when the wanted major is not offered", async () => {
    const resolved = await resolveEndpoint("http://neutron.test:9696", 3, serveDocuments());
    expect(resolved).toEqual({ url: "http://neutron.test:9696", version: undefined });
  });
});
