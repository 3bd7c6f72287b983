import { InvalidArgumentError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, bodyOf, networkCloud, noContent, sent } from "../fixtures.js";
import { floatingIpId, portForwardingBody, rangeForwardingBody } from "./fixtures.js";
import { portForwardings } from "../../src/port-forwardings/port-forwarding.js";

const { server, setup } = networkCloud();
const base = `/v2.0/floatingips/${floatingIpId}/port_forwardings`;

describe("port forwardings", () => {
  it("lives under its floating IP: create, list, get, update, delete", async () => {
    const { facade, seen, session } = setup();
    server.use(
      http.post(`${API}/floatingips/:fip/port_forwardings`, () =>
        HttpResponse.json({ port_forwarding: portForwardingBody }, { status: 201 }),
      ),
      http.get(`${API}/floatingips/:fip/port_forwardings`, () =>
        HttpResponse.json({ port_forwardings: [portForwardingBody, rangeForwardingBody] }),
      ),
      http.get(`${API}/floatingips/:fip/port_forwardings/:id`, () =>
        HttpResponse.json({ port_forwarding: portForwardingBody }),
      ),
      http.put(`${API}/floatingips/:fip/port_forwardings/:id`, () =>
        HttpResponse.json({
          port_forwarding: { ...portForwardingBody, protocol: "udp", internal_port: 37, external_port: 1960 },
        }),
      ),
      http.delete(`${API}/floatingips/:fip/port_forwardings/:id`, () => noContent()),
    );
    const { id: _, ...create } = portForwardingBody;
    const created = await facade.createPortForwarding({ floatingip_id: floatingIpId, ...create, protocol: "tcp" });
    expect(created.external_port).toBe(2230);
    const all = await facade.listPortForwardings({ floatingip_id: { id: floatingIpId }, protocol: "tcp" });
    expect(all[1]?.external_port_range).toBe("8080:8090");
    expect(all[1]?.external_port).toBeUndefined();
    expect((await facade.getPortForwarding(created.id, { floatingip_id: floatingIpId })).internal_ip_address).toBe(
      "10.0.0.11",
    );
    const changed = await facade.updatePortForwarding(
      created.id,
      { protocol: "udp", internal_port: 37, external_port: 1960 },
      { floatingip_id: floatingIpId },
    );
    expect(changed.protocol).toBe("udp");
    await portForwardings.delete(session, created.id, { floatingip_id: floatingIpId });
    expect(seen.map(sent)).toEqual([
      `POST ${base}`,
      `GET ${base}?protocol=tcp`,
      `GET ${base}/${created.id}`,
      `PUT ${base}/${created.id}`,
      `DELETE ${base}/${created.id}`,
    ]);
    expect(await bodyOf(seen[0]!)).toEqual({ port_forwarding: create });
    expect(await bodyOf(seen[3]!)).toEqual({
      port_forwarding: { protocol: "udp", internal_port: 37, external_port: 1960 },
    });
  });

  it("needs its floating IP and its internal port, before sending", async () => {
    const { facade, seen } = setup();
    // @ts-expect-error: the floating IP is missing
    await expect(facade.listPortForwardings()).rejects.toThrow(/'floatingip_id' is needed/);
    await expect(facade.getPortForwarding(portForwardingBody.id)).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(
      // @ts-expect-error: internal_port_id is required
      facade.createPortForwarding({ floatingip_id: floatingIpId, protocol: "tcp", internal_ip_address: "10.0.0.11" }),
    ).rejects.toThrow(/needs 'internal_port_id'/);
    await expect(
      facade.createPortForwarding({
        floatingip_id: floatingIpId,
        // @ts-expect-error: not a protocol Neutron forwards
        protocol: "http",
        internal_port_id: "p",
        internal_ip_address: "10.0.0.11",
      }),
    ).rejects.toThrow(/wrong type/);
    expect(seen).toHaveLength(0);
  });
});
