// A failover segment for the cloud's compute host, and a failure reported to Masakari.
import { fromConfig } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml
const ha = conn.instanceHa;

// A segment: the hosts that fail over together, and what Masakari does when one fails.
const segment = await ha.createSegment({ name: "docs-rack-1", recovery_method: "auto", service_type: "COMPUTE" });

// A host is a nova-compute service's host: Masakari asks Nova before it accepts the name.
const host = await ha.createHost({
  failover_segment_id: segment.uuid,
  name: "compute-1",
  type: "COMPUTE",
  control_attributes: "SSH",
});

// A monitor's report: a server failed. Masakari's engine stops and starts it (if it is
// marked HA_Enabled=True in its metadata) and the notification ends "finished".
const reported = await ha.createNotification({
  type: "VM",
  hostname: host.name,
  generated_time: new Date().toISOString(),
  payload: {
    instance_uuid: "8a0c1d58-0f2e-4c4f-9a5e-3f3b1c2d4e5f",
    vir_domain_event: "STOPPED_FAILED",
    event: "LIFECYCLE",
  },
});
try {
  const done = await ha.waitForNotification(reported, { status: "finished" });
  for (const task of done.recovery_workflow_details ?? []) console.log(task.name, task.state);
} catch (error) {
  console.log("recovery failed:", error); // ResourceFailureError: the notification went to error or failed
}

// Segments page by Masakari's integer id; the SDK follows the pages.
for (const s of await ha.listSegments({ recovery_method: "auto" })) console.log(s.name, s.uuid);

await ha.deleteHost(host);
await ha.deleteSegment(segment);
