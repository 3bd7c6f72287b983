import { fromConfig } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml

const profile = await conn.clustering.createProfile({
  name: "web",
  spec: { type: "os.nova.server", version: "1.0", properties: { flavor: "m1.tiny", image: "cirros", networks: [] } },
});
const cluster = await conn.clustering.createCluster({ name: "web", profile_id: profile.id, desired_capacity: 2 });
await conn.clustering.waitForCluster(cluster); // ERROR or WARNING: ResourceFailureError with Senlin's reason
await conn.clustering.waitForAction(await conn.clustering.scaleOutCluster({ cluster, count: 1 }));
