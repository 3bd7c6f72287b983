import { InvalidArgumentError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { accepted, API, computeCloud, microversionOf, sent } from "../fixtures.js";

const { server, setup } = computeCloud();

const SERVER = "9e5f2b36-6d1c-4b8e-9f1a-4c2b7d3e8a01";
const PORT = "ce531f90-199f-48c0-816c-13e38010b442";
const interfaceBody = {
  fixed_ips: [{ ip_address: "192.168.1.3", subnet_id: "f8a6e8f8-c2ec-497c-9f23-da9616de54ef" }],
  mac_addr: "fa:16:3e:4c:2c:30",
  net_id: "3cb9bc59-5699-4588-a4b1-b87f96708bc6",
  port_id: PORT,
  port_state: "ACTIVE",
  tag: "public",
};

describe("server interfaces", () => {
  it("lists, gets, plugs and unplugs a server's ports", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/servers/:id/os-interface`, () => HttpResponse.json({ interfaceAttachments: [interfaceBody] })),
      http.get(`${API}/servers/:id/os-interface/:port`, () =>
        HttpResponse.json({ interfaceAttachment: interfaceBody }),
      ),
      http.post(`${API}/servers/:id/os-interface`, () => HttpResponse.json({ interfaceAttachment: interfaceBody })),
      http.delete(`${API}/servers/:id/os-interface/:port`, () => accepted()),
    );
    expect((await facade.listServerInterfaces({ server: { id: SERVER } })).map((i) => i.port_id)).toEqual([PORT]);
    expect((await facade.getServerInterface(PORT, { server: SERVER })).tag).toBe("public");
    const plugged = await facade.createServerInterface({
      server: SERVER,
      net_id: interfaceBody.net_id,
      fixed_ips: [{ ip_address: "192.168.1.3" }],
    });
    await facade.deleteServerInterface(plugged, { server: SERVER });
    expect(seen.map(sent)).toEqual([
      `GET /v2.1/servers/${SERVER}/os-interface`,
      `GET /v2.1/servers/${SERVER}/os-interface/${PORT}`,
      `POST /v2.1/servers/${SERVER}/os-interface`,
      `DELETE /v2.1/servers/${SERVER}/os-interface/${PORT}`,
    ]);
    expect(await seen[2]!.json()).toEqual({
      interfaceAttachment: { net_id: interfaceBody.net_id, fixed_ips: [{ ip_address: "192.168.1.3" }] },
    });
    expect(microversionOf(seen[0]!)).toBe("2.70");
  });

  it("needs the server", async () => {
    const { facade, seen } = setup();
    // @ts-expect-error: the server is part of the path
    await expect(facade.listServerInterfaces()).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(facade.getServerInterface(PORT)).rejects.toThrow(/'server' is needed/);
    expect(seen).toHaveLength(0);
  });
});
