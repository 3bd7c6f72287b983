// The package's resources, one line each. Every resource exported here is on the façade
// (service-definition.ts takes them all): adding a resource is adding its line.
export { ClusterTemplate, Coe, clusterTemplates } from "./cluster-templates/cluster-template.js";
export { Cluster, clusters, type ResizeArgs, type UpgradeArgs } from "./clusters/cluster.js";
export { Nodegroup, nodegroups } from "./nodegroups/nodegroup.js";
export { Service, services } from "./services/service.js";
export { Quota, quotas, type QuotaKey } from "./quotas/quota.js";
