// A rule, an introspection of a manageable node, what it found, and the rule removed.
import { fromConfig } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml
const inspector = conn.baremetalIntrospection;

// A rule runs after processing, on every node whose data meets its conditions.
const rule = await inspector.createIntrospectionRule({
  description: "docs: mark big nodes",
  conditions: [{ op: "ge", field: "memory_mb", value: 65536 }],
  actions: [{ action: "set-attribute", path: "/extra/size", value: "big" }],
});

// Introspection starts on a node in manageable (or enroll) that has a port or a BMC address.
const node = (await conn.baremetal.listNodes({ provision_state: "manageable" }))[0];
if (node) {
  await inspector.startIntrospection({ introspection: node.uuid });
  // waiting until the ramdisk posts its inventory; finished once it is processed
  const status = await inspector
    .waitForIntrospection(node.uuid, { status: "finished", timeout: 1_800_000 })
    .catch((e: unknown) => e);
  if (status instanceof Error) {
    console.log(`introspection failed: ${status.message}`);
    await inspector.abortIntrospection({ introspection: node.uuid }).catch(() => undefined);
  } else {
    const data = await inspector.getIntrospectionData({ introspection: node.uuid });
    console.log(`${node.name}: ${data.cpus} CPUs, ${data.memory_mb} MiB`);
    const inspected = await conn.baremetal.getNode(node.uuid);
    console.log("properties Ironic now has:", inspected.properties);
  }
}

// Every introspection, newest first.
for (const one of await inspector.listIntrospections({ limit: 10 })) console.log(one.uuid, one.state, one.error ?? "");

await inspector.deleteIntrospectionRule(rule);
