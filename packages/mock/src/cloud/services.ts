import { blockStorageService } from "../block-storage/service.js";
import { computeService } from "../compute/service.js";
import type { ServiceSpec } from "../engine/service-spec.js";
import { identityService } from "../identity/service.js";
import { imageService } from "../image/service.js";
import { networkService } from "../network/service.js";
import { objectStoreService } from "../object-store/service.js";
import { placementService } from "../placement/service.js";
import { dnsService } from "../dns/service.js";
import { orchestrationService } from "../orchestration/service.js";
import { loadBalancerService } from "../load-balancer/service.js";
import { keyManagerService } from "../key-manager/service.js";
import { messageService } from "../message/service.js";
import { baremetalService } from "../baremetal/service.js";
import { sharedFileSystemService } from "../shared-file-system/service.js";
import { workflowService } from "../workflow/service.js";
import { instanceHaService } from "../instance-ha/service.js";
import { baremetalIntrospectionService } from "../baremetal-introspection/service.js";
import { clusteringService } from "../clustering/service.js";
import { containerInfraService } from "../container-infrastructure-management/service.js";
import { databaseService } from "../database/service.js";

/** Every fake service of the cloud. */
export const ALL_SERVICES: readonly ServiceSpec[] = [
  identityService,
  computeService,
  networkService,
  imageService,
  blockStorageService,
  objectStoreService,
  placementService,
  dnsService,
  orchestrationService,
  loadBalancerService,
  keyManagerService,
  messageService,
  baremetalService,
  sharedFileSystemService,
  workflowService,
  instanceHaService,
  baremetalIntrospectionService,
  clusteringService,
  containerInfraService,
  databaseService,
];
