import { DuplicateResourceError, InvalidArgumentError, NotFoundError, ResourceFailureError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { barePortBody, createdPortBody, otherPortBody, portBody } from "./fixtures.js";
import { ports } from "../../src/ports/port.js";
import { API, networkCloud } from "../fixtures.js";

const { server, setup } = networkCloud();

const notFound = (id: unknown) =>
  HttpResponse.json(
    { NeutronError: { type: "PortNotFound", message: `Port ${String(id)} could not be found.`, detail: "" } },
    { status: 404 },
  );

const route = (r: Request) => `${r.method} ${new URL(r.url).pathname}`;

describe("ports", () => {
  it("lists through every page that ports_links names", async () => {
    const { session } = setup();
    server.use(
      http.get(`${API}/ports`, ({ request }) => {
        const marker = new URL(request.url).searchParams.get("marker");
        if (marker === null) {
          return HttpResponse.json({
            ports: [portBody],
            ports_links: [
              { rel: "next", href: `${API}/ports?limit=1&marker=${portBody.id}` },
              { rel: "previous", href: `${API}/ports?limit=1&marker=${portBody.id}&page_reverse=True` },
            ],
          });
        }
        return HttpResponse.json({ ports: marker === portBody.id ? [otherPortBody] : [] });
      }),
    );
    const all = await ports.list(session, {}, { limit: 1 });
    expect(all.map((p) => p.id)).toEqual([portBody.id, otherPortBody.id]);
    expect(all[0]?.["binding:vif_details"]).toEqual({ ovs_hybrid_plug: true, port_filter: true });
    expect(all[1]?.fixed_ips).toEqual([{ ip_address: "10.0.0.1", subnet_id: "288bf4a1-51ba-43b6-9d0a-520e9005db17" }]);
  });

  it("sends filters by their wire names, fixed_ips once per value, and rejects unknown ones before any request", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/ports`, () => HttpResponse.json({ ports: [] })));
    await facade.listPorts({
      network_id: "n1",
      device_id: "d1",
      device_owner: "compute:nova",
      status: "ACTIVE",
      mac_address: "fa:16:3e:58:42:ed",
      fixed_ips: ["ip_address=10.0.0.2", "subnet_id=s1"],
      "binding:host_id": "devstack",
    });
    expect(new URL(seen[0]!.url).search).toBe(
      "?network_id=n1&device_id=d1&device_owner=compute%3Anova&status=ACTIVE&mac_address=fa%3A16%3A3e%3A58%3A42%3Aed" +
        "&fixed_ips=ip_address%3D10.0.0.2&fixed_ips=subnet_id%3Ds1&binding%3Ahost_id=devstack",
    );
    expect(new URL(seen[0]!.url).searchParams.getAll("fixed_ips")).toEqual(["ip_address=10.0.0.2", "subnet_id=s1"]);
    // @ts-expect-error: Neutron refuses to filter ports by port_security_enabled
    await expect(facade.listPorts({ port_security_enabled: true })).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(seen).toHaveLength(1);
  });

  it("creates inside the port envelope and parses the reply", async () => {
    const { facade, seen } = setup();
    server.use(http.post(`${API}/ports`, () => HttpResponse.json({ port: createdPortBody }, { status: 201 })));
    const body = {
      network_id: createdPortBody.network_id,
      name: "private-port",
      fixed_ips: [{ subnet_id: "a0304c3a-4f08-4c43-88af-d796509c97d2" }],
      allowed_address_pairs: [{ ip_address: "12.12.11.12", mac_address: "fa:14:2a:b3:cb:f0" }],
      extra_dhcp_opts: [{ opt_name: "bootfile-name", opt_value: "pxelinux.0" }],
      "binding:vnic_type": "normal",
      port_security_enabled: true,
    };
    const created = await facade.createPort(body);
    expect(created.status).toBe("DOWN");
    expect(created.fixed_ips[0]?.ip_address).toBe("10.0.0.2");
    expect(created.extra_dhcp_opts?.[0]?.ip_version).toBe(4);
    expect(await seen[0]!.json()).toEqual({ port: body });
  });

  it("refuses a missing network, read-only fields and wrong types before sending", async () => {
    const { facade, seen } = setup();
    // @ts-expect-error: network_id is required
    await expect(facade.createPort({ name: "p" })).rejects.toThrow(/createPort needs 'network_id'/);
    // @ts-expect-error: status is read-only
    await expect(facade.createPort({ network_id: "n1", status: "ACTIVE" })).rejects.toThrow(/'status' cannot be set/);
    // @ts-expect-error: only the binding mechanism sets the vif type
    await expect(facade.updatePort("p1", { "binding:vif_type": "ovs" })).rejects.toThrow(
      /'binding:vif_type' cannot be set/,
    );
    // @ts-expect-error: a port stays on its network
    await expect(facade.updatePort("p1", { network_id: "n2" })).rejects.toThrow(/'network_id' cannot be set/);
    // @ts-expect-error: fixed_ips is a list of {subnet_id, ip_address}
    await expect(facade.createPort({ network_id: "n1", fixed_ips: ["10.0.0.2"] })).rejects.toThrow(
      /'fixed_ips' has the wrong type/,
    );
    expect(seen).toHaveLength(0);
  });

  it("updates with PUT and deletes, ignoring a port already gone", async () => {
    const { facade, seen } = setup();
    server.use(
      http.put(`${API}/ports/:id`, async ({ request }) => {
        const { port } = (await request.json()) as { port: Record<string, unknown> };
        return HttpResponse.json({ port: { ...portBody, ...port } });
      }),
      http.delete(`${API}/ports/:id`, ({ params }) =>
        params["id"] === "gone" ? notFound("gone") : new HttpResponse(null, { status: 204 }),
      ),
    );
    const updated = await facade.updatePort(portBody, {
      device_id: "vm-1",
      device_owner: "compute:nova",
      security_groups: [],
      "binding:profile": null,
    });
    expect(updated.device_owner).toBe("compute:nova");
    expect(updated["binding:profile"]).toBeNull();
    await facade.deletePort(portBody.id);
    await facade.deletePort("gone");
    await expect(facade.deletePort("gone", { ignoreMissing: false })).rejects.toBeInstanceOf(NotFoundError);
    expect(seen.map(route)).toEqual([
      `PUT /v2.0/ports/${portBody.id}`,
      `DELETE /v2.0/ports/${portBody.id}`,
      "DELETE /v2.0/ports/gone",
      "DELETE /v2.0/ports/gone",
    ]);
    expect(await seen[0]!.json()).toEqual({
      port: { device_id: "vm-1", device_owner: "compute:nova", security_groups: [], "binding:profile": null },
    });
  });

  it("finds by id, then by name, and reports duplicates", async () => {
    const { facade, session } = setup();
    server.use(
      http.get(`${API}/ports/:id`, ({ params }) =>
        params["id"] === portBody.id ? HttpResponse.json({ port: portBody }) : notFound(params["id"]),
      ),
      http.get(`${API}/ports`, ({ request }) => {
        const name = new URL(request.url).searchParams.get("name");
        if (name === "twice")
          return HttpResponse.json({ ports: [portBody, otherPortBody].map((p) => ({ ...p, name })) });
        return HttpResponse.json({ ports: name === "plain" ? [barePortBody] : [] });
      }),
    );
    expect((await facade.findPort(portBody.id))?.device_owner).toBe("network:router_gateway");
    // A port from a cloud without the DNS/QoS extensions parses too.
    const bare = await ports.find(session, "plain");
    expect(bare?.id).toBe(barePortBody.id);
    expect(bare?.dns_name).toBeUndefined();
    expect(await facade.findPort("jenkins")).toBeNull();
    await expect(facade.findPort("jenkins", { ignoreMissing: false })).rejects.toBeInstanceOf(NotFoundError);
    await expect(facade.findPort("twice")).rejects.toBeInstanceOf(DuplicateResourceError);
  });

  it("waits for a port to become ACTIVE, and fails fast on ERROR", async () => {
    const { facade } = setup();
    const states: Record<string, string[]> = {
      [createdPortBody.id]: ["DOWN", "BUILD", "ACTIVE"],
      broken: ["BUILD", "ERROR"],
    };
    server.use(
      http.get(`${API}/ports/:id`, ({ params }) => {
        const id = String(params["id"]);
        const left = states[id]!;
        const status = left.length > 1 ? left.shift()! : left[0]!;
        return HttpResponse.json({ port: { ...createdPortBody, id, status } });
      }),
    );
    const seenStates: string[] = [];
    const ready = await facade.waitForPort(createdPortBody, {
      status: "ACTIVE",
      interval: 1,
      onProgress: (p) => seenStates.push(p.status),
    });
    expect(ready.status).toBe("ACTIVE");
    expect(seenStates).toEqual(["DOWN", "BUILD", "ACTIVE"]);
    await expect(facade.waitForPort("broken", { status: ["ACTIVE", "DOWN"], interval: 1 })).rejects.toBeInstanceOf(
      ResourceFailureError,
    );
  });
});
