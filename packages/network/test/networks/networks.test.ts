import { DuplicateResourceError, InvalidArgumentError, NotFoundError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { networks } from "../../src/networks/network.js";
import { networkBody, otherNetworkBody } from "./fixtures.js";
import { API, networkCloud } from "../fixtures.js";

const { server, setup } = networkCloud();

describe("networks", () => {
  it("lists through every page that networks_links names", async () => {
    const { session } = setup();
    server.use(
      http.get(`${API}/networks`, ({ request }) => {
        const marker = new URL(request.url).searchParams.get("marker");
        if (marker === null) {
          return HttpResponse.json({
            networks: [networkBody],
            networks_links: [{ rel: "next", href: `${API}/networks?limit=1&marker=${networkBody.id}` }],
          });
        }
        return HttpResponse.json({ networks: marker === networkBody.id ? [otherNetworkBody] : [] });
      }),
    );
    const all = await networks.list(session, {}, { limit: 1 });
    expect(all.map((n) => n.name)).toEqual(["private-network", "private"]);
    expect(all[1]?.["provider:network_type"]).toBe("local");
  });

  it("sends filters by their wire names and rejects unknown ones before any request", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/networks`, () => HttpResponse.json({ networks: [] })));
    await facade.listNetworks({ "router:external": true, tags: ["a", "b"] });
    expect(new URL(seen[0]!.url).search).toBe("?router%3Aexternal=true&tags=a%2Cb");
    // @ts-expect-error: not a filter of listNetworks
    await expect(facade.listNetworks({ nmae: "x" })).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(seen).toHaveLength(1);
  });

  it("gets one network with only the fields asked for, repeated as Neutron wants, typed as partial", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/networks/:id`, ({ request }) => {
        const fields = new URL(request.url).searchParams.getAll("fields");
        return HttpResponse.json({
          network: Object.fromEntries(Object.entries(networkBody).filter(([key]) => fields.includes(key))),
        });
      }),
    );
    const network = await facade.getNetwork(networkBody.id, { fields: ["id", "name"] });
    expect(network).toEqual({ id: networkBody.id, name: networkBody.name });
    expect(new URL(seen[0]!.url).search).toBe("?fields=id&fields=name");
    // @ts-expect-error: not an option of getNetwork
    await expect(facade.getNetwork(networkBody.id, { field: "id" })).rejects.toThrow(
      "getNetwork has no option 'field'; it takes: signal, fields",
    );
    expect(seen).toHaveLength(1);
  });

  it("creates inside the network envelope and parses the reply", async () => {
    const { facade, seen } = setup();
    server.use(http.post(`${API}/networks`, () => HttpResponse.json({ network: networkBody }, { status: 201 })));
    const created = await facade.createNetwork({ name: "private-network", admin_state_up: true });
    expect(created.id).toBe(networkBody.id);
    expect(await seen[0]!.json()).toEqual({ network: { name: "private-network", admin_state_up: true } });
  });

  it("refuses read-only and wrongly typed fields before sending", async () => {
    const { facade, seen } = setup();
    // @ts-expect-error: status is read-only
    await expect(facade.createNetwork({ name: "x", status: "ACTIVE" })).rejects.toThrow(/'status' cannot be set/);
    // @ts-expect-error: admin_state_up is a boolean
    await expect(facade.updateNetwork("abc", { admin_state_up: "yes" })).rejects.toThrow(
      /'admin_state_up' has the wrong type/,
    );
    expect(seen).toHaveLength(0);
  });

  it("updates with PUT and deletes, ignoring a network already gone", async () => {
    const { facade, seen } = setup();
    server.use(
      http.put(`${API}/networks/:id`, () => HttpResponse.json({ network: { ...networkBody, name: "renamed" } })),
      http.delete(`${API}/networks/:id`, ({ params }) =>
        params["id"] === "gone"
          ? HttpResponse.json(
              { NeutronError: { type: "NetworkNotFound", message: "Network gone could not be found.", detail: "" } },
              { status: 404 },
            )
          : new HttpResponse(null, { status: 204 }),
      ),
    );
    expect((await facade.updateNetwork(networkBody, { name: "renamed" })).name).toBe("renamed");
    await facade.deleteNetwork(networkBody.id);
    await facade.deleteNetwork("gone");
    const failure = facade.deleteNetwork("gone", { ignoreMissing: false });
    await expect(failure).rejects.toBeInstanceOf(NotFoundError);
    await expect(failure).rejects.toThrow("Network gone could not be found.");
    expect(seen.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      `PUT /v2.0/networks/${networkBody.id}`,
      `DELETE /v2.0/networks/${networkBody.id}`,
      "DELETE /v2.0/networks/gone",
      "DELETE /v2.0/networks/gone",
    ]);
  });

  it("finds by id, then by name, and reports duplicates", async () => {
    const { facade } = setup();
    server.use(
      http.get(`${API}/networks/:id`, ({ params }) =>
        params["id"] === networkBody.id
          ? HttpResponse.json({ network: networkBody })
          : HttpResponse.json({ NeutronError: { message: "not found" } }, { status: 404 }),
      ),
      http.get(`${API}/networks`, ({ request }) => {
        const name = new URL(request.url).searchParams.get("name");
        if (name === "twice")
          return HttpResponse.json({ networks: [networkBody, otherNetworkBody].map((n) => ({ ...n, name })) });
        return HttpResponse.json({ networks: name === "private" ? [otherNetworkBody] : [] });
      }),
    );
    expect((await facade.findNetwork(networkBody.id))?.name).toBe("private-network");
    expect((await facade.findNetwork("private"))?.id).toBe(otherNetworkBody.id);
    expect(await facade.findNetwork("jenkins")).toBeNull();
    await expect(facade.findNetwork("jenkins", { ignoreMissing: false })).rejects.toBeInstanceOf(NotFoundError);
    await expect(facade.findNetwork("twice")).rejects.toBeInstanceOf(DuplicateResourceError);
  });
});
