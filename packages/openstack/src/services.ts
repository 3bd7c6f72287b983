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
};

export type ServiceName = keyof typeof services;
