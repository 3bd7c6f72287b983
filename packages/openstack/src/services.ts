import { identity } from "@openstack-ts/identity";
import { network } from "@openstack-ts/network";

/** Every service package the façade knows, by the attribute it is reached through. */
export const services = { identity, network } as const;

export type ServiceName = keyof typeof services;
