import { fromConfig } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml
const magnum = conn.containerInfrastructureManagement;

const template = await magnum.createClusterTemplate({
  name: "k8s",
  coe: "kubernetes",
  image_id: "fedora-coreos-38",
  external_network_id: "public",
  flavor_id: "m1.small",
});
const cluster = await magnum.createCluster({ name: "k8s-1", cluster_template_id: template.uuid, node_count: 2 });
console.log((await magnum.waitForCluster(cluster)).api_address); // *_FAILED: ResourceFailureError
