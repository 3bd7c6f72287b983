import type { ResourceSpec } from "../resource/resource-spec.js";
import type { ResourceMethods, SessionOrClient } from "../resource/types.js";
import type { ServiceClient } from "./service-client.js";
import type { ServiceDescriptor } from "./service-descriptor.js";

/**
 * A call the data model does not cover (a streamed download, a temp URL), written as a
 * function of a target; the façade binds it: `downloadImage(conn.image, …)` is also
 * `conn.image.downloadImage(…)`.
 */
export type ServiceFunction = (target: SessionOrClient, ...args: never[]) => unknown;

/** A service package's export: its descriptor, its resources and its functions, by name. */
export interface ServiceDefinition<
  R extends Readonly<Record<string, ResourceSpec>> = Readonly<Record<string, ResourceSpec>>,
  F extends Readonly<Record<string, ServiceFunction>> = Readonly<Record<string, ServiceFunction>>,
> {
  readonly descriptor: ServiceDescriptor;
  readonly resources: R;
  readonly functions?: F;
}

/* @__NO_SIDE_EFFECTS__ */
export function defineService<
  const R extends Readonly<Record<string, ResourceSpec>>,
  const F extends Readonly<Record<string, ServiceFunction>> = {},
>(descriptor: ServiceDescriptor, resources: R, functions?: F): ServiceDefinition<R, F> {
  return functions ? { descriptor, resources, functions } : { descriptor, resources };
}

type Bound<F> = F extends (target: SessionOrClient, ...args: infer A) => infer Result ? (...args: A) => Result : never;

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** `conn.network`: the raw client, every method the service's resources derive, and its functions. */
export type ServiceFacade<S extends ServiceDefinition> = ServiceClient &
  UnionToIntersection<{ [K in keyof S["resources"]]: ResourceMethods<S["resources"][K]> }[keyof S["resources"]]> & {
    [K in keyof NonNullable<S["functions"]>]: Bound<NonNullable<S["functions"]>[K]>;
  };
