import { fromConfig } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml

await conn.baremetalIntrospection.startIntrospection({ introspection: "node-1" });
await conn.baremetalIntrospection.waitForIntrospection("node-1", { status: "finished" }); // error: ResourceFailureError
const data = await conn.baremetalIntrospection.getIntrospectionData({ introspection: "node-1" });
console.log(`node-1: ${data.cpus} CPUs, ${data.memory_mb} MiB`); // what processing wrote on the node
