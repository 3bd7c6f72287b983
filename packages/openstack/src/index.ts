// Names, one rule. What belongs to one service lives in its package under a bare name, no
// service prefix (`quotaSets`, `limits`, `services`, `availabilityZones`), and this entry
// gives each service package as one namespace named like its façade attribute
// (`compute.quotaSets`, `blockStorage.quotaSets`, as `conn.compute`, `conn.blockStorage`),
// so two services' names never meet. A name keeps a service's word only when it is the
// thing's own name (`networks`, `volumeTypes`, `imageTasks`, `getObjectStoreInfo`) or names
// the service itself: its definition (`network.network`, what `connectionWith` takes) and
// its descriptor (`network.networkService`). Core's names, the Connection and config stay
// flat: they belong to no one service.
//
// Tree-shaking: Rollup and Vite keep only what a bundle uses of a namespace; esbuild keeps
// the whole package behind one it touches, so a bundle meant to be small imports from the
// service package itself (`import { networks } from "@openstack-ts/network"`).
export * from "@openstack-ts/core";
export * as identity from "@openstack-ts/identity";
export * as network from "@openstack-ts/network";
export * as compute from "@openstack-ts/compute";
export * as image from "@openstack-ts/image";
export * as blockStorage from "@openstack-ts/block-storage";
export * as objectStore from "@openstack-ts/object-store";
export * as placement from "@openstack-ts/placement";
export * as loadBalancer from "@openstack-ts/load-balancer";
export * as orchestration from "@openstack-ts/orchestration";
export * as keyManager from "@openstack-ts/key-manager";
export * as dns from "@openstack-ts/dns";
export * as baremetal from "@openstack-ts/baremetal";
export * as message from "@openstack-ts/message";
export * as sharedFileSystem from "@openstack-ts/shared-file-system";
export * as workflow from "@openstack-ts/workflow";
export * as instanceHa from "@openstack-ts/instance-ha";
export * as containerInfrastructureManagement from "@openstack-ts/container-infrastructure-management";
export * as clustering from "@openstack-ts/clustering";
export * as database from "@openstack-ts/database";
export * as baremetalIntrospection from "@openstack-ts/baremetal-introspection";
export { Connection } from "./connection.js";
export type {
  IdentityFacade,
  ComputeFacade,
  NetworkFacade,
  ImageFacade,
  BlockStorageFacade,
  ObjectStoreFacade,
  PlacementFacade,
  LoadBalancerFacade,
  OrchestrationFacade,
  KeyManagerFacade,
  DnsFacade,
  BaremetalFacade,
  MessageFacade,
  SharedFileSystemFacade,
  WorkflowFacade,
  InstanceHaFacade,
  ContainerInfrastructureManagementFacade,
  ClusteringFacade,
  DatabaseFacade,
  BaremetalIntrospectionFacade,
} from "./facades.js";
export { ConnectionBase, type ServiceMap } from "./connection-base.js";
export { connectionWith, type ConnectionOf, type DefinitionOf, type ServiceInput } from "./connection-with.js";
export type { ConnectionOptions } from "./connection-options.js";
export { fromConfig, type FromConfigOptions } from "./from-config.js";
export { loadCloud, resolveCloud, ResolvedCloud, connectionOptions } from "@openstack-ts/config";
