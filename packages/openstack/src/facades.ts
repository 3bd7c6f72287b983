import type { ServiceFacade } from "@openstack-ts/core";
import type { services } from "./services.js";

/** `conn.identity`: Keystone's resources, actions and functions as methods. */
export type IdentityFacade = ServiceFacade<typeof services.identity>;
/** `conn.compute`: Nova's. */
export type ComputeFacade = ServiceFacade<typeof services.compute>;
/** `conn.network`: Neutron's. */
export type NetworkFacade = ServiceFacade<typeof services.network>;
/** `conn.image`: Glance's. */
export type ImageFacade = ServiceFacade<typeof services.image>;
/** `conn.blockStorage`: Cinder's. */
export type BlockStorageFacade = ServiceFacade<typeof services.blockStorage>;
/** `conn.objectStore`: Swift's. */
export type ObjectStoreFacade = ServiceFacade<typeof services.objectStore>;
/** `conn.placement`: Placement's. */
export type PlacementFacade = ServiceFacade<typeof services.placement>;
/** `conn.loadBalancer`: Octavia's. */
export type LoadBalancerFacade = ServiceFacade<typeof services.loadBalancer>;
/** `conn.orchestration`: Heat's. */
export type OrchestrationFacade = ServiceFacade<typeof services.orchestration>;
/** `conn.keyManager`: Barbican's. */
export type KeyManagerFacade = ServiceFacade<typeof services.keyManager>;
/** `conn.dns`: Designate's. */
export type DnsFacade = ServiceFacade<typeof services.dns>;
/** `conn.baremetal`: Ironic's. */
export type BaremetalFacade = ServiceFacade<typeof services.baremetal>;
/** `conn.message`: Zaqar's. */
export type MessageFacade = ServiceFacade<typeof services.message>;
/** `conn.sharedFileSystem`: Manila's. */
export type SharedFileSystemFacade = ServiceFacade<typeof services.sharedFileSystem>;
/** `conn.workflow`: Mistral's. */
export type WorkflowFacade = ServiceFacade<typeof services.workflow>;
/** `conn.instanceHa`: Masakari's. */
export type InstanceHaFacade = ServiceFacade<typeof services.instanceHa>;
/** `conn.containerInfrastructureManagement`: Magnum's. */
export type ContainerInfrastructureManagementFacade = ServiceFacade<typeof services.containerInfrastructureManagement>;
/** `conn.clustering`: Senlin's. */
export type ClusteringFacade = ServiceFacade<typeof services.clustering>;
/** `conn.database`: Trove's. */
export type DatabaseFacade = ServiceFacade<typeof services.database>;
/** `conn.baremetalIntrospection`: Ironic Inspector's. */
export type BaremetalIntrospectionFacade = ServiceFacade<typeof services.baremetalIntrospection>;
