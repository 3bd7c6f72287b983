import {
  DuplicateResourceError,
  InvalidArgumentError,
  NotFoundError,
  ResponseValidationError,
} from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, expectTypeOf, it } from "vitest";
import { bareSubnetBody, createdSubnetBody, otherSubnetBody, subnetBody } from "./fixtures.js";
import { subnets } from "../../src/subnets/subnet.js";
import { API, networkCloud } from "../fixtures.js";

const { server, setup } = networkCloud();

const notFound = (id: unknown) =>
  HttpResponse.json(
    { NeutronError: { type: "SubnetNotFound", message: `Subnet ${String(id)} could not be found.`, detail: "" } },
    { status: 404 },
  );

describe("subnets", () => {
  it("lists through every page that subnets_links names", async () => {
    const { session, seen } = setup();
    server.use(
      http.get(`${API}/subnets`, ({ request }) => {
        const marker = new URL(request.url).searchParams.get("marker");
        if (marker === null) {
          return HttpResponse.json({
            subnets: [subnetBody],
            subnets_links: [{ rel: "next", href: `${API}/subnets?limit=1&ip_version=4&marker=${subnetBody.id}` }],
          });
        }
        return HttpResponse.json({ subnets: marker === subnetBody.id ? [otherSubnetBody] : [] });
      }),
    );
    const all = await subnets.list(session, { ip_version: 4 }, { limit: 1 });
    expect(all.map((s) => s.name)).toEqual(["private-subnet", "my_subnet"]);
    expect(all[1]?.["router:external"]).toBe(true);
    expect(all[0]?.allocation_pools).toEqual([{ start: "10.0.0.2", end: "10.0.0.254" }]);
    // The second page is full but names no next page: one more ask by marker finds the end.
    expect(seen.map((r) => new URL(r.url).search)).toEqual([
      "?ip_version=4&limit=1",
      `?limit=1&ip_version=4&marker=${subnetBody.id}`,
      `?ip_version=4&limit=1&marker=${otherSubnetBody.id}`,
    ]);
  });

  it("sends filters by their wire names and rejects unknown ones before any request", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/subnets`, () => HttpResponse.json({ subnets: [] })));
    await facade.listSubnets({
      network_id: subnetBody.network_id,
      ip_version: 6,
      enable_dhcp: false,
      "not-tags": ["a", "b"],
    });
    expect(new URL(seen[0]!.url).search).toBe(
      `?network_id=${subnetBody.network_id}&ip_version=6&enable_dhcp=false&not-tags=a%2Cb`,
    );
    // @ts-expect-error: Neutron cannot filter subnets by their pools
    await expect(facade.listSubnets({ allocation_pools: "10.0.0.2" })).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(seen).toHaveLength(1);
  });

  it("creates inside the subnet envelope and parses the reply", async () => {
    const { facade, seen } = setup();
    server.use(http.post(`${API}/subnets`, () => HttpResponse.json({ subnet: createdSubnetBody }, { status: 201 })));
    const created = await facade.createSubnet({
      network_id: createdSubnetBody.network_id,
      ip_version: 4,
      cidr: "192.168.199.0/24",
    });
    expect(created.id).toBe(createdSubnetBody.id);
    expect(created.gateway_ip).toBe("192.168.199.1");
    expectTypeOf(created.ip_version).toEqualTypeOf<4 | 6>();
    expectTypeOf(created.gateway_ip).toEqualTypeOf<string | null>();
    expect(await seen[0]!.json()).toEqual({
      subnet: { network_id: createdSubnetBody.network_id, ip_version: 4, cidr: "192.168.199.0/24" },
    });
  });

  it("creates from a subnet pool without a cidr, and without a gateway", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/subnets`, () =>
        HttpResponse.json({ subnet: { ...createdSubnetBody, gateway_ip: null } }, { status: 201 }),
      ),
    );
    const created = await facade.createSubnet({
      network_id: "n1",
      ip_version: 4,
      use_default_subnetpool: true,
      prefixlen: 26,
      gateway_ip: null,
    });
    expect(created.gateway_ip).toBeNull();
    expect(await seen[0]!.json()).toEqual({
      subnet: { network_id: "n1", ip_version: 4, use_default_subnetpool: true, prefixlen: 26, gateway_ip: null },
    });
  });

  it("refuses a missing required field, a read-only field or a wrong type before sending", async () => {
    const { facade, seen } = setup();
    // @ts-expect-error: network_id is required
    await expect(facade.createSubnet({ ip_version: 4, cidr: "10.0.0.0/24" })).rejects.toThrow(
      /createSubnet needs 'network_id'/,
    );
    // @ts-expect-error: ip_version is required
    await expect(subnets.create(facade, { network_id: "n1", cidr: "10.0.0.0/24" })).rejects.toThrow(
      /needs 'ip_version'/,
    );
    // @ts-expect-error: revision_number is read-only
    await expect(facade.createSubnet({ network_id: "n1", ip_version: 4, revision_number: 3 })).rejects.toThrow(
      /'revision_number' cannot be set/,
    );
    // @ts-expect-error: there is no IPv5
    await expect(facade.createSubnet({ network_id: "n1", ip_version: 5 })).rejects.toThrow(
      /'ip_version' has the wrong type/,
    );
    // @ts-expect-error: DNS servers are a list
    await expect(facade.updateSubnet("s1", { dns_nameservers: "8.8.8.8" })).rejects.toThrow(
      /'dns_nameservers' has the wrong type/,
    );
    expect(seen).toHaveLength(0);
  });

  it("updates with PUT, refusing what cannot change after the create", async () => {
    const { facade, seen } = setup();
    server.use(
      http.put(`${API}/subnets/:id`, async ({ request }) => {
        const { subnet } = (await request.json()) as { subnet: Record<string, unknown> };
        return HttpResponse.json({ subnet: { ...subnetBody, ...subnet } });
      }),
    );
    const updated = await facade.updateSubnet(subnetBody, {
      name: "renamed",
      dns_nameservers: ["10.0.0.53"],
      host_routes: [{ destination: "10.1.0.0/16", nexthop: "10.0.0.254" }],
    });
    expect(updated.name).toBe("renamed");
    expect(updated.dns_nameservers).toEqual(["10.0.0.53"]);
    for (const field of ["cidr", "network_id", "ip_version", "subnetpool_id", "ipv6_ra_mode"] as const) {
      // Each is createOnly; the type refuses them too (one checked below).
      await expect(facade.updateSubnet(subnetBody.id, { [field]: subnetBody[field] } as never)).rejects.toThrow(
        `'${field}' cannot be set`,
      );
    }
    // @ts-expect-error: cidr cannot change after the create
    await expect(facade.updateSubnet(subnetBody.id, { cidr: "10.9.0.0/24" })).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
    expect(seen.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([`PUT /v2.0/subnets/${subnetBody.id}`]);
    expect(await seen[0]!.json()).toEqual({
      subnet: {
        name: "renamed",
        dns_nameservers: ["10.0.0.53"],
        host_routes: [{ destination: "10.1.0.0/16", nexthop: "10.0.0.254" }],
      },
    });
  });

  it("deletes, ignoring a subnet already gone unless told otherwise", async () => {
    const { facade, seen } = setup();
    server.use(
      http.delete(`${API}/subnets/:id`, ({ params }) =>
        params["id"] === "gone" ? notFound("gone") : new HttpResponse(null, { status: 204 }),
      ),
    );
    await facade.deleteSubnet(subnetBody);
    await facade.deleteSubnet("gone");
    const failure = facade.deleteSubnet("gone", { ignoreMissing: false });
    await expect(failure).rejects.toBeInstanceOf(NotFoundError);
    await expect(failure).rejects.toThrow("Subnet gone could not be found.");
    expect(seen.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      `DELETE /v2.0/subnets/${subnetBody.id}`,
      "DELETE /v2.0/subnets/gone",
      "DELETE /v2.0/subnets/gone",
    ]);
  });

  it("finds by id, then by name, and reports duplicates", async () => {
    const { facade, session } = setup();
    server.use(
      http.get(`${API}/subnets/:id`, ({ params }) =>
        params["id"] === subnetBody.id ? HttpResponse.json({ subnet: subnetBody }) : notFound(params["id"]),
      ),
      http.get(`${API}/subnets`, ({ request }) => {
        const name = new URL(request.url).searchParams.get("name");
        if (name === "twice")
          return HttpResponse.json({ subnets: [subnetBody, otherSubnetBody].map((s) => ({ ...s, name })) });
        return HttpResponse.json({ subnets: name === "my_subnet" ? [otherSubnetBody] : [] });
      }),
    );
    expect((await facade.findSubnet(subnetBody.id))?.name).toBe("private-subnet");
    expect((await subnets.find(session, "my_subnet"))?.id).toBe(otherSubnetBody.id);
    expect(await facade.findSubnet("jenkins")).toBeNull();
    await expect(facade.findSubnet("jenkins", { ignoreMissing: false })).rejects.toBeInstanceOf(NotFoundError);
    await expect(facade.findSubnet("twice")).rejects.toBeInstanceOf(DuplicateResourceError);
  });

  it("accepts a subnet without the optional extensions, and rejects one without its cidr", async () => {
    const { facade } = setup();
    server.use(
      http.get(`${API}/subnets/:id`, ({ params }) => {
        const { cidr: _, ...noCidr } = bareSubnetBody;
        return HttpResponse.json({ subnet: params["id"] === bareSubnetBody.id ? bareSubnetBody : noCidr });
      }),
    );
    const bare = await facade.getSubnet(bareSubnetBody.id);
    expect(bare.ip_version).toBe(6);
    expect(bare.gateway_ip).toBeNull();
    expect(bare.segment_id).toBeUndefined();
    expect(bare.host_routes[0]?.nexthop).toBe("fd00:77::5");
    await expect(facade.getSubnet("broken")).rejects.toBeInstanceOf(ResponseValidationError);
    await expect(facade.getSubnet("broken")).rejects.toThrow(/subnet\.cidr/);
  });
});
