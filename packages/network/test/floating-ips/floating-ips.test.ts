import { InvalidArgumentError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, bodyOf, networkCloud, notFound, sent } from "../fixtures.js";
import { disassociatedBody, floatingIpBody } from "./fixtures.js";

const { server, setup } = networkCloud();
const fip = floatingIpBody.id;

describe("floating IPs", () => {
  it("creates from a floating network, inside the floatingip envelope", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/floatingips`, () => HttpResponse.json({ floatingip: floatingIpBody }, { status: 201 })),
    );
    const body = {
      floating_network_id: floatingIpBody.floating_network_id,
      subnet_id: "278d9507-36e7-403c-bb80-1d7093318fe6",
      port_id: floatingIpBody.port_id,
      fixed_ip_address: "10.0.0.3",
      description: "floating ip for testing",
    };
    const created = await facade.createFloatingIp(body);
    expect(created.floating_ip_address).toBe("172.24.4.228");
    expect(created.port_details?.device_owner).toBe("compute:nova");
    expect(await bodyOf(seen[0]!)).toEqual({ floatingip: body });
  });

  it("associates and disassociates by updating port_id", async () => {
    const { facade, seen } = setup();
    server.use(
      http.put(`${API}/floatingips/:id`, async ({ request }) => {
        const { floatingip } = (await request.json()) as { floatingip: { port_id: string | null } };
        return HttpResponse.json({
          floatingip: floatingip.port_id === null ? disassociatedBody : { ...floatingIpBody, ...floatingip },
        });
      }),
    );
    const associated = await facade.updateFloatingIp(fip, { port_id: "fc861431-0e6c-4842-a0ed-e2363f9bc3a8" });
    expect(associated.port_id).toBe("fc861431-0e6c-4842-a0ed-e2363f9bc3a8");
    const free = await facade.updateFloatingIp(associated, { port_id: null });
    expect(free.port_id).toBeNull();
    expect(free.router_id).toBeNull();
    expect(free.port_details).toBeNull();
    expect(seen.map(sent)).toEqual([`PUT /v2.0/floatingips/${fip}`, `PUT /v2.0/floatingips/${fip}`]);
    expect(await bodyOf(seen[1]!)).toEqual({ floatingip: { port_id: null } });
  });

  it("needs a floating network, and keeps the address and network fixed after the create", async () => {
    const { facade, seen } = setup();
    // @ts-expect-error: floating_network_id is required
    await expect(facade.createFloatingIp({ port_id: "p1" })).rejects.toThrow(
      /createFloatingIp needs 'floating_network_id'/,
    );
    // @ts-expect-error: the address cannot change
    await expect(facade.updateFloatingIp(fip, { floating_ip_address: "172.24.4.9" })).rejects.toThrow(/cannot be set/);
    // @ts-expect-error: Neutron routes it; the router is not set by hand
    await expect(facade.updateFloatingIp(fip, { router_id: "r1" })).rejects.toThrow(/cannot be set/);
    expect(seen).toHaveLength(0);
  });

  it("filters by address and port, and has no name to filter by", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/floatingips`, () => HttpResponse.json({ floatingips: [floatingIpBody] })));
    await facade.listFloatingIps({
      floating_ip_address: "172.24.4.228",
      port_id: floatingIpBody.port_id,
      status: "ACTIVE",
    });
    expect(seen.map(sent)).toEqual([
      `GET /v2.0/floatingips?floating_ip_address=172.24.4.228&port_id=${floatingIpBody.port_id}&status=ACTIVE`,
    ]);
    // @ts-expect-error: floating IPs have no name; Neutron refuses the filter
    await expect(facade.listFloatingIps({ name: "x" })).rejects.toBeInstanceOf(InvalidArgumentError);
  });

  it("finds by id, and by address through the address filter when the GET misses", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/floatingips/:id`, ({ params }) =>
        params["id"] === fip
          ? HttpResponse.json({ floatingip: floatingIpBody })
          : notFound("FloatingIPNotFound", "not found"),
      ),
      http.get(`${API}/floatingips`, ({ request }) =>
        HttpResponse.json({
          floatingips:
            new URL(request.url).searchParams.get("floating_ip_address") === "172.24.4.228" ? [floatingIpBody] : [],
        }),
      ),
    );
    expect((await facade.findFloatingIp(fip))?.floating_ip_address).toBe("172.24.4.228");
    expect(await facade.findFloatingIp("e2b4a2a0-0000-4000-8000-000000000000")).toBeNull();
    expect((await facade.findFloatingIp("172.24.4.228"))?.id).toBe(fip);
    expect(seen.map(sent)).toEqual([
      `GET /v2.0/floatingips/${fip}`,
      "GET /v2.0/floatingips/e2b4a2a0-0000-4000-8000-000000000000",
      "GET /v2.0/floatingips?floating_ip_address=e2b4a2a0-0000-4000-8000-000000000000",
      "GET /v2.0/floatingips/172.24.4.228",
      "GET /v2.0/floatingips?floating_ip_address=172.24.4.228",
    ]);
  });
});
