import { blockStorage } from "@openstack-ts/block-storage";
import { compute } from "@openstack-ts/compute";
import { identity } from "@openstack-ts/identity";
import { image } from "@openstack-ts/image";
import { loadBalancer } from "@openstack-ts/load-balancer";
import { keyManager } from "@openstack-ts/key-manager";
import { network } from "@openstack-ts/network";
import { objectStore } from "@openstack-ts/object-store";
import { orchestration } from "@openstack-ts/orchestration";
import { placement } from "@openstack-ts/placement";
import { dns } from "@openstack-ts/dns";
import { baremetal } from "@openstack-ts/baremetal";
import { message } from "@openstack-ts/message";
import { sharedFileSystem } from "@openstack-ts/shared-file-system";
import { workflow } from "@openstack-ts/workflow";
import { instanceHa } from "@openstack-ts/instance-ha";
import { containerInfrastructureManagement } from "@openstack-ts/container-infrastructure-management";
import { clustering } from "@openstack-ts/clustering";
import { database } from "@openstack-ts/database";
import { baremetalIntrospection } from "@openstack-ts/baremetal-introspection";

/** Every service package the façade knows, by the attribute it is reached through. */
export const services: Services = {
  identity,
  compute,
  network,
  image,
  blockStorage,
  objectStore,
  placement,
  loadBalancer,
  orchestration,
  keyManager,
  dns,
  baremetal,
  message,
  sharedFileSystem,
  workflow,
  instanceHa,
  containerInfrastructureManagement,
  clustering,
  database,
  baremetalIntrospection,
};

// Written out, so declarations name each definition by its package's export rather than by
// the package-private resources module its type is derived from.
type Services = {
  readonly identity: typeof identity;
  readonly compute: typeof compute;
  readonly network: typeof network;
  readonly image: typeof image;
  readonly blockStorage: typeof blockStorage;
  readonly objectStore: typeof objectStore;
  readonly placement: typeof placement;
  readonly loadBalancer: typeof loadBalancer;
  readonly orchestration: typeof orchestration;
  readonly keyManager: typeof keyManager;
  readonly dns: typeof dns;
  readonly baremetal: typeof baremetal;
  readonly message: typeof message;
  readonly sharedFileSystem: typeof sharedFileSystem;
  readonly workflow: typeof workflow;
  readonly instanceHa: typeof instanceHa;
  readonly containerInfrastructureManagement: typeof containerInfrastructureManagement;
  readonly clustering: typeof clustering;
  readonly database: typeof database;
  readonly baremetalIntrospection: typeof baremetalIntrospection;
};

export type ServiceName = keyof typeof services;
