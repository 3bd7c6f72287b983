import { describe, expect, it } from "vitest";
import { mockCloud } from "../../src/cloud/mock-cloud.js";
import { clientOf } from "../fixtures.js";

const N = "network/v2.0";

async function setup() {
  const cloud = mockCloud();
  const admin = clientOf(cloud);
  const network = (await admin.post(`${N}/networks`, { network: { name: "net" } })).body.network;
  const subnet = (
    await admin.post(`${N}/subnets`, { subnet: { network_id: network.id, ip_version: 4, cidr: "10.9.0.17/24" } })
  ).body.subnet;
  return { cloud, admin, network, subnet };
}

describe("fake Neutron", () => {
  it("creates a subnet as Neutron does: normalised CIDR, first address as gateway, the rest as the pool", async () => {
    const { admin, network, subnet } = await setup();
    expect(subnet).toMatchObject({
      cidr: "10.9.0.0/24",
      gateway_ip: "10.9.0.1",
      allocation_pools: [{ start: "10.9.0.2", end: "10.9.0.254" }],
      enable_dhcp: true,
      ip_version: 4,
    });
    const updated = (await admin.get(`${N}/networks/${network.id}`)).body.network;
    expect(updated.subnets).toEqual([subnet.id]);
    expect(updated.revision_number).toBe(network.revision_number + 1);
    const overlap = await admin.post(`${N}/subnets`, {
      subnet: { network_id: network.id, ip_version: 4, cidr: "10.9.0.128/25" },
    });
    expect(overlap.status).toBe(400);
    expect(overlap.body.NeutronError.type).toBe("InvalidInput");
  });

  it("gives ports the next free address and a default security group, and refuses an address in use", async () => {
    const { cloud, admin, network, subnet } = await setup();
    const port = (await admin.post(`${N}/ports`, { port: { network_id: network.id } })).body.port;
    expect(port.fixed_ips).toEqual([{ subnet_id: subnet.id, ip_address: "10.9.0.2" }]);
    expect(port.status).toBe("DOWN");
    expect(port.mac_address).toMatch(/^fa:16:3e(:[0-9a-f]{2}){3}$/);
    const group = cloud.state.securityGroups.find((g) => g["id"] === port.security_groups[0])!;
    expect(group["name"]).toBe("default");
    const clash = await admin.post(`${N}/ports`, {
      port: { network_id: network.id, fixed_ips: [{ ip_address: "10.9.0.2" }] },
    });
    expect(clash.status).toBe(409);
    expect(clash.body.NeutronError).toEqual({
      type: "IpAddressAlreadyAllocated",
      message: `IP address 10.9.0.2 already allocated in subnet ${subnet.id}`,
      detail: "",
    });
    expect(
      (await admin.get(`${N}/ports?fixed_ips=ip_address%3D10.9.0.2`)).body.ports.map((p: { id: string }) => p.id),
    ).toEqual([port.id]);
  });

  it("refuses to delete a network or subnet in use, in Neutron's words", async () => {
    const { admin, network, subnet } = await setup();
    const port = (await admin.post(`${N}/ports`, { port: { network_id: network.id } })).body.port;
    const net = await admin.delete(`${N}/networks/${network.id}`);
    expect(net.status).toBe(409);
    expect(net.body.NeutronError.type).toBe("NetworkInUse");
    expect(net.body.NeutronError.message).toContain(port.id);
    expect((await admin.delete(`${N}/subnets/${subnet.id}`)).body.NeutronError.type).toBe("SubnetInUse");
    expect((await admin.delete(`${N}/ports/${port.id}`)).status).toBe(204);
    expect((await admin.delete(`${N}/networks/${network.id}`)).status).toBe(204);
  });

  it("refuses unknown filters and body fields with 400, and creates in bulk", async () => {
    const { admin } = await setup();
    expect((await admin.get(`${N}/networks?colour=red`)).body.NeutronError.message).toBe(
      "['colour'] is invalid attribute for filtering",
    );
    expect(
      (await admin.post(`${N}/networks`, { network: { name: "x", colour: "red" } })).body.NeutronError.message,
    ).toBe("Unrecognized attribute(s) 'colour'");
    const bulk = await admin.post(`${N}/networks`, { networks: [{ name: "b1" }, { name: "b2" }] });
    expect(bulk.status).toBe(201);
    expect(bulk.body.networks.map((n: { name: string }) => n.name)).toEqual(["b1", "b2"]);
  });

  it("shows a project its own, shared and external networks only", async () => {
    const { cloud, admin } = await setup();
    await admin.post(`${N}/networks`, { network: { name: "shared", shared: true } });
    const demo = clientOf(cloud, "demo");
    await demo.post(`${N}/networks`, { network: { name: "mine" } });
    const names = (await demo.get(`${N}/networks`)).body.networks.map((n: { name: string }) => n.name).sort();
    expect(names).toEqual(["mine", "public", "shared"]);
  });

  it("plugs a subnet into a router and refuses to delete the router while it is", async () => {
    const { admin, subnet } = await setup();
    const router = (await admin.post(`${N}/routers`, { router: { name: "r" } })).body.router;
    const added = await admin.put(`${N}/routers/${router.id}/add_router_interface`, { subnet_id: subnet.id });
    expect(added.body).toMatchObject({ id: router.id, subnet_id: subnet.id, subnet_ids: [subnet.id] });
    const port = (await admin.get(`${N}/ports/${added.body.port_id}`)).body.port;
    expect(port).toMatchObject({
      device_owner: "network:router_interface",
      device_id: router.id,
      fixed_ips: [{ subnet_id: subnet.id, ip_address: "10.9.0.1" }],
    });
    expect((await admin.delete(`${N}/routers/${router.id}`)).body.NeutronError.type).toBe("RouterInUse");
    expect(
      (await admin.put(`${N}/routers/${router.id}/remove_router_interface`, { subnet_id: subnet.id })).status,
    ).toBe(200);
    expect((await admin.delete(`${N}/routers/${router.id}`)).status).toBe(204);
  });

  it("gives new security groups egress rules, refuses a duplicate rule, and lists a project's default group", async () => {
    const { cloud, admin } = await setup();
    const group = (await admin.post(`${N}/security-groups`, { security_group: { name: "web" } })).body.security_group;
    expect(
      group.security_group_rules.map((r: { direction: string; ethertype: string }) => `${r.direction} ${r.ethertype}`),
    ).toEqual(["egress IPv4", "egress IPv6"]);
    const rule = {
      security_group_id: group.id,
      direction: "ingress",
      protocol: "tcp",
      port_range_min: 22,
      port_range_max: 22,
      remote_ip_prefix: "0.0.0.0/0",
    };
    expect(
      (await admin.post(`${N}/security-group-rules`, { security_group_rule: rule })).body.security_group_rule
        .normalized_cidr,
    ).toBe("0.0.0.0/0");
    expect((await admin.post(`${N}/security-group-rules`, { security_group_rule: rule })).body.NeutronError.type).toBe(
      "SecurityGroupRuleExists",
    );
    const demo = clientOf(cloud, "demo");
    expect((await demo.get(`${N}/security-groups`)).body.security_groups.map((g: { name: string }) => g.name)).toEqual([
      "default",
    ]);
  });
});
