import { fromConfig } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml
const subnet = await conn.network.findSubnet("web", { ignoreMissing: false });

const lb = await conn.loadBalancer.createLoadBalancer({ name: "web", vip_subnet_id: subnet.id });
await conn.loadBalancer.waitForLoadBalancer(lb, { status: "ACTIVE" }); // Octavia applies each change after answering
const listener = await conn.loadBalancer.createListener({
  loadbalancer_id: lb.id,
  protocol: "HTTP",
  protocol_port: 80,
});
await conn.loadBalancer.waitForLoadBalancer(lb, { status: "ACTIVE" });
console.log(listener.id);
