import { fromConfig } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml
const node = await conn.baremetal.createNode({
  driver: "ipmi",
  name: "rack1-u12",
  driver_info: { ipmi_address: "10.0.0.12" },
});
await conn.baremetal.setNodeProvisionState(node, "manage", { wait: true });
await conn.baremetal.setNodeProvisionState(node, "provide", { wait: true });
