import { InvalidArgumentError, type ServiceDefinition, type ServiceFacade } from "@openstack-ts/core";
import type { ConnectionOptions } from "./connection-options.js";
import { ConnectionBase } from "./connection-base.js";

/**
 * One service for `connectionWith`: its definition (`network` from @openstack-ts/network) or
 * its package as a namespace (`network` from @openstack-ts/openstack, or
 * `import * as network from "@openstack-ts/network"`), whose service definition is taken.
 */
export type ServiceInput = ServiceDefinition | { readonly [name: string]: unknown };

/** The definition a {@link ServiceInput} stands for: itself, or the one its namespace exports. */
export type DefinitionOf<T> = T extends ServiceDefinition ? T : Extract<T[keyof T], ServiceDefinition>;

/** The services of `S` as definitions, by attribute name. */
export type DefinitionsOf<S> = { readonly [K in keyof S]: DefinitionOf<S[K]> };

/** A connection carrying exactly the services of `S`, each as `conn.<name>`. */
export type ConnectionOf<S> = ConnectionBase<DefinitionsOf<S>> & {
  readonly [K in keyof S]: ServiceFacade<DefinitionOf<S[K]>>;
};

// A namespace that holds no service definition (a typo, a core object) fails here, at compile time.
type Checked<S> = { readonly [K in keyof S]: [DefinitionOf<S[K]>] extends [never] ? ServiceDefinition : S[K] };

/**
 * A Connection class with only the services you name, for bundles that should carry no
 * more: `const Connection = connectionWith({ identity, network }); new Connection({...})`.
 * `Connection` from the package index carries every service.
 */
export function connectionWith<const S extends Readonly<Record<string, ServiceInput>>>(
  services: S & Checked<S>,
): new (
  options: ConnectionOptions,
) => ConnectionOf<S> {
  const definitions: Record<string, ServiceDefinition> = {};
  class Connection extends ConnectionBase<DefinitionsOf<S>> {
    constructor(options: ConnectionOptions) {
      super(options, definitions as DefinitionsOf<S>);
    }
  }
  for (const [name, input] of Object.entries(services)) {
    // A namespace holds its package's definition among its exports: the one with resources.
    const definition = isDefinition(input) ? input : Object.values(input).find(isDefinition);
    if (!definition) throw new InvalidArgumentError(`connectionWith: ${name} is not a service`);
    definitions[name] = definition;
    Object.defineProperty(Connection.prototype, name, {
      get(this: Connection) {
        return this.facade(name);
      },
    });
  }
  return Connection as unknown as new (
    options: ConnectionOptions,
  ) => ConnectionOf<S>;
}

// Any value may come out of a namespace (strings, functions), hence the optional chaining.
const isDefinition = (value: unknown): value is ServiceDefinition =>
  !!(value as ServiceDefinition | undefined)?.resources;
