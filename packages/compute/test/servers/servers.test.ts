import { InvalidArgumentError, NotFoundError, ResourceFailureError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, computeCloud, microversionOf, novaError, noContent, sent } from "../fixtures.js";
import { downCellServerBody, oldServerBody, OTHER_ID, SERVER_ID, serverBody } from "./fixtures.js";
import { servers } from "../../src/servers/server.js";

const { server, setup } = computeCloud();

describe("servers", () => {
  it("lists servers/detail page by page through servers_links, at the highest microversion both sides know", async () => {
    const { session, seen } = setup();
    server.use(
      http.get(`${API}/servers/detail`, ({ request }) => {
        const marker = new URL(request.url).searchParams.get("marker");
        if (marker === null) {
          return HttpResponse.json({
            servers: [serverBody],
            servers_links: [{ rel: "next", href: `${API}/servers/detail?limit=1&marker=${SERVER_ID}` }],
          });
        }
        return HttpResponse.json({ servers: marker === SERVER_ID ? [oldServerBody, downCellServerBody] : [] });
      }),
    );
    const all = await servers.list(session, {}, { limit: 1 });
    expect(all.map((s) => s.id)).toEqual([SERVER_ID, OTHER_ID, downCellServerBody.id]);
    expect(all[0]?.flavor?.original_name).toBe("m1.tiny");
    expect(all[1]?.image).toBe("");
    expect(all[2]?.status).toBe("UNKNOWN");
    expect(all[2]?.name).toBeUndefined();
    expect(seen.map(sent)).toEqual([
      "GET /v2.1/servers/detail?limit=1",
      `GET /v2.1/servers/detail?limit=1&marker=${SERVER_ID}`,
    ]);
    expect(seen.map(microversionOf)).toEqual(["2.90", "2.90"]);
    expect(seen[0]!.headers.get("x-openstack-nova-api-version")).toBe("2.90");
  });

  it("asks an older Nova for its own highest microversion", async () => {
    const { facade, seen } = setup({ maxMicroversion: "2.60" });
    server.use(http.get(`${API}/servers/detail`, () => HttpResponse.json({ servers: [oldServerBody] })));
    expect((await facade.listServers()).map((s) => s.name)).toEqual(["other-server"]);
    expect(microversionOf(seen[0]!)).toBe("2.60");
  });

  it("sends filters by Nova's wire names (all_tenants, changes-since, comma-separated tags) and refuses others", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/servers/detail`, () => HttpResponse.json({ servers: [] })));
    await facade.listServers({
      all_tenants: true,
      status: "ACTIVE",
      "changes-since": "2024-01-01T00:00:00Z",
      tags: ["a", "b"],
      sort_key: ["name", "created_at"],
    });
    expect(sent(seen[0]!)).toBe(
      "GET /v2.1/servers/detail?all_tenants=true&status=ACTIVE&changes-since=2024-01-01T00%3A00%3A00Z&tags=a%2Cb&sort_key=name&sort_key=created_at",
    );
    // @ts-expect-error: openstacksdk's attribute name, not Nova's filter
    await expect(facade.listServers({ all_projects: true })).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(seen).toHaveLength(1);
  });

  it("gets one server, and finds by id or by exact name although Nova matches names as patterns", async () => {
    const { facade, seen } = setup();
    server.use(
      // servers/detail first: msw would otherwise take "detail" for an id.
      http.get(`${API}/servers/detail`, ({ request }) => {
        const name = new URL(request.url).searchParams.get("name");
        // Nova's name filter is a regular expression: "new-server" also matches "new-server-test".
        return HttpResponse.json({
          servers: name === "new-server" ? [serverBody, { ...oldServerBody, name: "new-server" }] : [],
        });
      }),
      http.get(`${API}/servers/:id`, ({ params }) =>
        params["id"] === SERVER_ID
          ? HttpResponse.json({ server: serverBody })
          : novaError(404, `Instance ${String(params["id"])} could not be found.`),
      ),
    );
    const one = await facade.getServer(SERVER_ID);
    expect(one["OS-EXT-SRV-ATTR:hypervisor_hostname"]).toBe("fake-mini");
    expect(one.addresses?.["private"]?.[0]?.addr).toBe("192.168.1.30");
    expect((await facade.findServer("new-server"))?.id).toBe(OTHER_ID);
    expect(await facade.findServer("missing")).toBeNull();
    await expect(facade.getServer("missing")).rejects.toThrow("Instance missing could not be found.");
    expect(seen.map(sent)).toContain("GET /v2.1/servers/detail?name=new-server");
  });

  it("updates name and description with PUT, refusing fields Nova does not change", async () => {
    const { facade, seen } = setup();
    server.use(
      http.put(`${API}/servers/:id`, () =>
        HttpResponse.json({ server: { ...serverBody, name: "renamed", description: "web" } }),
      ),
    );
    const updated = await facade.updateServer(serverBody, { name: "renamed", description: "web" });
    expect(updated.description).toBe("web");
    expect(await seen[0]!.json()).toEqual({ server: { name: "renamed", description: "web" } });
    // @ts-expect-error: metadata has its own calls
    await expect(facade.updateServer(SERVER_ID, { metadata: {} })).rejects.toThrow(/'metadata' cannot be set/);
    expect(seen).toHaveLength(1);
  });

  it("deletes, ignores a server already gone, and waits for the 404", async () => {
    const { facade, seen } = setup();
    let gets = 0;
    server.use(
      http.delete(`${API}/servers/:id`, ({ params }) =>
        params["id"] === "gone" ? novaError(404, "gone") : noContent(),
      ),
      http.get(`${API}/servers/:id`, () =>
        ++gets < 2
          ? HttpResponse.json({ server: { ...serverBody, status: "ACTIVE", "OS-EXT-STS:task_state": "deleting" } })
          : novaError(404, "gone"),
      ),
    );
    await facade.deleteServer(serverBody);
    await facade.deleteServer("gone");
    await expect(facade.deleteServer("gone", { ignoreMissing: false })).rejects.toBeInstanceOf(NotFoundError);
    await facade.waitForDeleteServer(SERVER_ID, { interval: 1 });
    expect(seen.filter((r) => r.method === "DELETE").map(sent)).toEqual([
      `DELETE /v2.1/servers/${SERVER_ID}`,
      "DELETE /v2.1/servers/gone",
      "DELETE /v2.1/servers/gone",
    ]);
    expect(gets).toBe(2);
  });

  it("waits for ACTIVE, and stops at ERROR with the server's state in the message", async () => {
    const { facade } = setup();
    const states = ["BUILD", "BUILD", "ACTIVE"];
    server.use(
      http.get(`${API}/servers/${SERVER_ID}`, () =>
        HttpResponse.json({ server: { ...serverBody, status: states.shift() ?? "ACTIVE" } }),
      ),
      http.get(`${API}/servers/${OTHER_ID}`, () =>
        HttpResponse.json({
          server: {
            ...oldServerBody,
            status: "ERROR",
            fault: { code: 500, created: "2024-01-01T00:00:00Z", message: "No valid host was found." },
          },
        }),
      ),
    );
    const seenStates: string[] = [];
    const ready = await facade.waitForServer(SERVER_ID, {
      status: "ACTIVE",
      interval: 1,
      onProgress: (s) => seenStates.push(s.status),
    });
    expect(ready.status).toBe("ACTIVE");
    expect(seenStates).toEqual(["BUILD", "BUILD", "ACTIVE"]);
    await expect(facade.waitForServer(OTHER_ID, { status: "ACTIVE", interval: 1 })).rejects.toBeInstanceOf(
      ResourceFailureError,
    );
  });

  it("does not offer a generic create: servers are made with the createServer action", () => {
    expect(servers.verbs).not.toContain("create");
    expect(servers.actions.createServer.path).toBe("servers");
  });
});
