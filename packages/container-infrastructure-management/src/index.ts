export { containerInfrastructureManagementService } from "./descriptor.js";
export { containerInfrastructureManagement } from "./service-definition.js";

export * from "./resources.js";
export {
  createCluster,
  updateCluster,
  waitForCluster,
  type ClusterCreate,
  type ClusterUpdate,
  type ClusterWaitOptions,
} from "./clusters/cluster-calls.js";
export {
  ClusterCertificate,
  createClusterCertificate,
  getClusterCertificate,
  rotateClusterCertificate,
  type CertificateSigning,
} from "./certificates/cluster-certificate.js";
export { getStats, Stats, type StatsQuery } from "./stats/stats.js";
export { ClusterId, MAGNUM_MAX, type UuidRef } from "./shared.js";
export {
  updateClusterTemplate,
  type ClusterTemplateUpdate,
} from "./cluster-templates/cluster-template.js";
export { updateNodegroup, type NodegroupUpdate } from "./nodegroups/nodegroup.js";
