import { blockStorage } from "@openstack-ts/block-storage";
import { compute } from "@openstack-ts/compute";
import { identity } from "@openstack-ts/identity";
import { image } from "@openstack-ts/image";
import { network } from "@openstack-ts/network";
import { objectStore } from "@openstack-ts/object-store";
import { placement } from "@openstack-ts/placement";

/** Every service package the façade knows, by the attribute it is reached through. */
export const services = { identity, compute, network, image, blockStorage, objectStore, placement } as const;

export type ServiceName = keyof typeof services;
