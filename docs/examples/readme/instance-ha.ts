import { fromConfig } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml
const ha = conn.instanceHa;

const segment = await ha.createSegment({ name: "rack-1", recovery_method: "auto", service_type: "COMPUTE" });
const host = await ha.createHost({
  failover_segment_id: segment.uuid,
  name: "compute-1",
  type: "COMPUTE",
  control_attributes: "SSH",
});
const n = await ha.createNotification({
  type: "COMPUTE_HOST",
  hostname: host.name,
  generated_time: new Date().toISOString(),
  payload: { event: "STOPPED", host_status: "NORMAL", cluster_status: "OFFLINE" },
});
await ha.waitForNotification(n, { status: "finished" }); // Masakari's engine evacuates the host's instances
