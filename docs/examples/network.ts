// A private network with a subnet and a port, the address Neutron gave the port, and clean-up.
import { fromConfig } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml

const network = await conn.network.createNetwork({ name: "docs-web" });
const subnet = await conn.network.createSubnet({
  network_id: network.id,
  ip_version: 4,
  cidr: "10.42.0.0/24",
  name: "docs-web-v4",
});
const port = await conn.network.createPort({ network_id: network.id, name: "docs-web-1" });
console.log(port.name, "has", port.fixed_ips.map((ip) => ip.ip_address).join(", "), "in", subnet.cidr);

for await (const p of conn.network.listPorts({ network_id: network.id })) console.log(p.name, p.mac_address, p.status);

await conn.network.deletePort(port);
await conn.network.deleteNetwork(network); // its subnet goes with it
