import { fromConfig } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml

const [external] = await conn.network.listNetworks({ "router:external": true });
const net = await conn.network.createNetwork({ name: "web" });
const subnet = await conn.network.createSubnet({ network_id: net.id, ip_version: 4, cidr: "10.0.0.0/24" });
const router = await conn.network.createRouter({ name: "web", external_gateway_info: { network_id: external!.id } });
await conn.network.addInterfaceToRouter({ router, subnet });

const port = await conn.network.createPort({ network_id: net.id });
const ip = await conn.network.createFloatingIp({ floating_network_id: external!.id, port_id: port.id });
await conn.network.addTag({ resourceType: "floatingips", resource: ip, tag: "web" });
console.log(await conn.network.listFloatingIps({ tags: ["web"] }));
