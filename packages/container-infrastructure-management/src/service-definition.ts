import { defineService, resourcesIn } from "@openstack-ts/core";
import * as resources from "./resources.js";
import { containerInfrastructureManagementService } from "./descriptor.js";
import {
  createClusterCertificate,
  getClusterCertificate,
  rotateClusterCertificate,
} from "./certificates/cluster-certificate.js";
import { createCluster, updateCluster, waitForCluster } from "./clusters/cluster-calls.js";
import { getStats } from "./stats/stats.js";
import { updateClusterTemplate } from "./cluster-templates/cluster-template.js";
import { updateNodegroup } from "./nodegroups/nodegroup.js";

/**
 * Every Magnum resource, for the `conn.containerInfrastructureManagement` façade, and the
 * calls that are functions: a cluster's create and update (Magnum answers only a uuid: these
 * answer the cluster), its wait (which reads Magnum's reason for a failure), its
 * certificates and the stats.
 */
export const containerInfrastructureManagement = defineService(
  containerInfrastructureManagementService,
  resourcesIn(resources),
  {
    updateClusterTemplate,
    updateNodegroup,
    createCluster,
    updateCluster,
    waitForCluster,
    getClusterCertificate,
    createClusterCertificate,
    rotateClusterCertificate,
    getStats,
  },
);
