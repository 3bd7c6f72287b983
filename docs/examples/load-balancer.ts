// A load balancer on a new subnet with an HTTP listener, a pool and two members, each
// change waited for; its status tree printed; then all of it deleted in one call.
import { fromConfig, loadBalancer } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml
const lbs = conn.loadBalancer;

const network = await conn.network.createNetwork({ name: "docs-lb-net" });
const subnet = await conn.network.createSubnet({ network_id: network.id, ip_version: 4, cidr: "10.90.0.0/24" });

const lb = await lbs.createLoadBalancer({ name: "docs-web", vip_subnet_id: subnet.id });
// Octavia works after answering: wait for ACTIVE before the next change (ERROR fails the wait).
const ready = () => lbs.waitForLoadBalancer(lb, { status: "ACTIVE", interval: 1000, timeout: 300_000 });
await ready();

try {
  const listener = await lbs.createListener({ loadbalancer_id: lb.id, protocol: "HTTP", protocol_port: 80 });
  await ready();
  const pool = await lbs.createPool({ listener_id: listener.id, protocol: "HTTP", lb_algorithm: "ROUND_ROBIN" });
  await ready();
  await lbs.batchUpdateMembers({
    pool_id: pool.id,
    members: [
      { address: "10.90.0.11", protocol_port: 8080, subnet_id: subnet.id },
      { address: "10.90.0.12", protocol_port: 8080, subnet_id: subnet.id },
    ],
  });
  await ready();
} catch (error) {
  // Changing anything under a load balancer that is still PENDING_* is refused, not queued.
  if (loadBalancer.isLoadBalancerImmutable(error)) console.error("busy: wait for ACTIVE and send it again");
  throw error;
}

const { loadbalancer } = await lbs.getLoadBalancerStatusTree({ load_balancer: lb });
for (const listener of loadbalancer.listeners ?? []) {
  for (const pool of listener.pools ?? []) {
    console.log(
      listener.id,
      pool.id,
      (pool.members ?? []).map((m) => `${m["address"]} ${m.operating_status}`),
    );
  }
}

await lbs.deleteLoadBalancerCascade({ load_balancer: lb }); // the listener, pool and members too
await lbs.waitForDeleteLoadBalancer(lb, { interval: 1000, timeout: 300_000 });
await conn.network.deleteNetwork(network);
