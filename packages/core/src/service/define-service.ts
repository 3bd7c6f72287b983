import type { ResourceSpec } from "../resource/resource-spec.js";
import type { ResourceMethods } from "../resource/types.js";
import type { ServiceClient } from "./service-client.js";
import type { ServiceDescriptor } from "./service-descriptor.js";

/** A service package's export: its descriptor and its resources, by name. */
export interface ServiceDefinition<R extends Readonly<Record<string, ResourceSpec>> = Readonly<Record<string, ResourceSpec>>> {
  readonly descriptor: ServiceDescriptor;
  readonly resources: R;
}

/* @__NO_SIDE_EFFECTS__ */
export function defineService<const R extends Readonly<Record<string, ResourceSpec>>>(descriptor: ServiceDescriptor, resources: R): ServiceDefinition<R> {
  return { descriptor, resources };
}

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** `conn.network`: the raw client plus every method the service's resources derive. */
export type ServiceFacade<S extends ServiceDefinition> = ServiceClient &
  UnionToIntersection<{ [K in keyof S["resources"]]: ResourceMethods<S["resources"][K]> }[keyof S["resources"]]>;
