import { fromConfig } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml

const queue = await conn.message.createQueue({ name: "jobs" });
await conn.message.postMessage({ queue_name: queue.name, messages: [{ body: { job: 1 }, ttl: 300 }] });
const claim = await conn.message.createClaim({ queue_name: queue, ttl: 60, grace: 30 }); // null: nothing free
console.log(claim?.messages.map((m) => m.body));
await conn.message.deleteClaim(claim!.id, { queue_name: queue.name });
