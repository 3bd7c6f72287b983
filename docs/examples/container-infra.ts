// A cluster template, a cluster made from it, and its CA signing a client's key.
import { ResourceFailureError, fromConfig } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml
const magnum = conn.containerInfrastructureManagement;

// A template names what every cluster made from it starts with. The image's os_distro
// property (fedora-coreos here) picks Magnum's driver; Magnum refuses an image without one.
const image = await conn.image.findImage("fedora-coreos-38");
const external = await conn.network.findNetwork("public");
if (image === null || external === null)
  throw new Error("this example needs a Fedora CoreOS image and a network 'public'");
const template = await magnum.createClusterTemplate({
  name: "docs-k8s",
  coe: "kubernetes",
  image_id: image.id,
  external_network_id: external.id,
  flavor_id: "m1.small",
  master_flavor_id: "m1.small",
  network_driver: "flannel",
  labels: { kube_tag: "v1.27.3" },
});

// Magnum answers a create with the cluster's uuid only; createCluster answers the cluster.
const cluster = await magnum.createCluster({
  name: "docs-cluster",
  cluster_template_id: template.uuid,
  master_count: 1,
  node_count: 2,
  create_timeout: 30, // minutes Heat gives the stack
});
try {
  const ready = await magnum.waitForCluster(cluster, { timeout: 40 * 60_000 });
  console.log(ready.api_address, ready.coe_version);
} catch (error) {
  // CREATE_FAILED: the error says Magnum's status_reason (Heat's reason)
  if (error instanceof ResourceFailureError) console.log(error.message);
  else throw error;
}

// Every cluster has its default master and worker node groups (microversion 1.9).
for (const group of await magnum.listNodegroups({ cluster_id: cluster.uuid }))
  console.log(group.name, group.role, group.node_count);

// The cluster's CA: what a client of its Kubernetes API trusts. createClusterCertificate({
// cluster_uuid, csr }) has it sign a client's PEM certificate request.
const ca = await magnum.getClusterCertificate({ cluster });
console.log(ca.pem.split("\n")[0]);

await magnum.deleteCluster(cluster);
await magnum.waitForDeleteCluster(cluster, { timeout: 20 * 60_000 });
await magnum.deleteClusterTemplate(template);
