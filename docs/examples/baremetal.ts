// A bare-metal node enrolled, made available, deployed and powered off, then undeployed and
// deleted: each state change waited for until the conductor has made it.
import { fromConfig } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml

const node = await conn.baremetal.createNode({
  name: "docs-example-node",
  driver: "fake-hardware", // a real one: "ipmi" or "redfish", with its driver_info
  properties: { cpus: 4, memory_mb: 8192, local_gb: 100 },
});
console.log(node.provision_state); // enroll
await conn.baremetal.createPort({ node_uuid: node.uuid, address: "02:00:00:00:be:ef" });

await conn.baremetal.setNodeProvisionState(node, "manage", { wait: true }); // manageable
await conn.baremetal.setNodeProvisionState(node, "provide", { wait: true }); // cleaned, available
const active = await conn.baremetal.setNodeProvisionState(node, "active", { wait: true });
console.log(active.provision_state); // active; "deploy failed" ends the wait with Ironic's last_error

await conn.baremetal.setNodePowerState(node, "power off", { wait: true });
await conn.baremetal.setNodeProvisionState(node, "deleted", { wait: true }); // undeployed: available
await conn.baremetal.deleteNode(node); // its ports go with it
