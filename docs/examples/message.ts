// A queue, a few messages posted to it, a claim that takes two of them for a worker, the
// worker's deletes, and the queue's counts before it is deleted.
import { fromConfig } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml

const queue = await conn.message.createQueue({ name: "docs-example", metadata: { _default_message_ttl: 600 } });
await conn.message.postMessage({
  queue_name: queue.name,
  messages: [{ body: { job: 1 } }, { body: { job: 2 } }, { body: { job: 3 }, ttl: 60 }],
});

// a worker takes up to two messages for two minutes; null when none is free
const claim = await conn.message.createClaim({ queue_name: queue, ttl: 120, grace: 60, limit: 2 });
for (const m of claim?.messages ?? []) {
  console.log("working on", m.body);
  const id = new URL(m.href ?? "", "http://zaqar").pathname.split("/").pop() ?? "";
  await conn.message.deleteMessage(id, { queue_name: queue.name, claim_id: claim!.id }); // done with it
}

console.log(await conn.message.getQueueStats(queue)); // { free: 1, claimed: 0, total: 1, … }
await conn.message.deleteQueue(queue);
