// A cluster of Nova servers: made from a profile, scaled out and in, grown by a webhook, and
// deleted with its servers. Every change is an action of Senlin's engine, waited for.
import { fromConfig } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml
const senlin = conn.clustering;

// The image the servers boot; on a test cloud (Nova's fake driver) a few bytes will do.
const image = await conn.image.createImage({
  name: "docs-cluster-image",
  disk_format: "raw",
  container_format: "bare",
});
await conn.image.put(`images/${image.id}/file`, {
  body: new TextEncoder().encode("not a disk"),
  headers: { "Content-Type": "application/octet-stream" },
});

// A profile says how to make one node: here a Nova server. Zed wants `networks`: empty, Nova
// attaches the project's one network (name one, `[{ network }]`, where the project sees several).
const profile = await senlin.createProfile({
  name: "docs-web",
  spec: { type: "os.nova.server", version: "1.0", properties: { flavor: "m1.tiny", image: image.id, networks: [] } },
});

// The cluster answers at once; its CLUSTER_CREATE action boots the servers.
const cluster = await senlin.createCluster({
  name: "docs-web",
  profile_id: profile.id,
  desired_capacity: 1,
  max_size: 3,
});
await senlin.waitForCluster(cluster); // ACTIVE, or ResourceFailureError with Senlin's reason

// Each operation answers the action that does it: wait for that.
await senlin.waitForAction(await senlin.scaleOutCluster({ cluster, count: 1 }));
for (const node of await senlin.listNodes({ cluster_id: cluster.id })) {
  const server = await conn.compute.getServer(node.physical_id!);
  console.log(node.name, node.status, "server", server.status);
}
await senlin.waitForAction(await senlin.scaleInCluster({ cluster, count: 1 }));

// A webhook receiver: a monitoring system POSTs its URL, no token needed, to grow the cluster.
const receiver = await senlin.createReceiver({
  name: "docs-web-grow",
  type: "webhook",
  cluster_id: cluster.id,
  action: "CLUSTER_SCALE_OUT",
});
console.log("alarm URL:", receiver.channel?.alarm_url);
await senlin.waitForAction(await senlin.triggerReceiver(receiver));
console.log("nodes now:", (await senlin.getCluster(cluster.id)).nodes?.length);

// Deleting the cluster deletes its nodes and their servers.
await senlin.deleteReceiver(receiver);
await senlin.deleteCluster(cluster);
await senlin.waitForDeleteCluster(cluster, { timeout: 300_000 });
await senlin.deleteProfile(profile);
await conn.image.deleteImage(image);
