import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, networkCloud, notFound, sent } from "../fixtures.js";

const { server, setup } = networkCloud();

// From the Networking API reference (v2.0, "Extensions"), trimmed.
const agent = {
  updated: "2013-02-03T10:00:00-00:00",
  name: "agent",
  links: [],
  alias: "agent",
  description: "The agent management extension.",
};
const router = {
  updated: "2012-07-20T10:00:00-00:00",
  name: "Neutron L3 Router",
  links: [],
  alias: "router",
  description:
    "Router abstraction for basic L3 forwarding between L2 Neutron networks and access to external networks via a NAT gateway.",
};

describe("extensions", () => {
  it("lists, gets by alias and finds by alias or name", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/extensions`, () => HttpResponse.json({ extensions: [agent, router] })),
      http.get(`${API}/extensions/:alias`, ({ params }) =>
        params["alias"] === "router"
          ? HttpResponse.json({ extension: router })
          : notFound("HTTPNotFound", "Extension with alias x does not exist"),
      ),
    );
    expect((await facade.listExtensions()).map((e) => e.alias)).toEqual(["agent", "router"]);
    expect((await facade.getExtension("router")).name).toBe("Neutron L3 Router");
    expect((await facade.findExtension("Neutron L3 Router"))?.alias).toBe("router");
    expect(await facade.findExtension("trunk")).toBeNull();
    expect(seen.map(sent)).toEqual([
      "GET /v2.0/extensions",
      "GET /v2.0/extensions/router",
      "GET /v2.0/extensions/Neutron%20L3%20Router",
      "GET /v2.0/extensions",
      "GET /v2.0/extensions/trunk",
      "GET /v2.0/extensions",
    ]);
  });

  it("is read-only", () => {
    const { facade } = setup();
    // @ts-expect-error: extensions are loaded by the server, not created
    expect(facade.createExtension).toBeUndefined();
  });
});
