import type { ServiceFacade } from "@openstack-ts/core";
import type { ConnectionOptions } from "./connection-options.js";
import { ConnectionBase, type ServiceMap } from "./connection-base.js";

/** A connection carrying exactly the services of `S`, each as `conn.<name>`. */
export type ConnectionOf<S extends ServiceMap> = ConnectionBase<S> & { readonly [K in keyof S]: ServiceFacade<S[K]> };

/**
 * A Connection class with only the services you name, for bundles that should carry no
 * more: `const Connection = connectionWith({ identity, network }); new Connection({...})`.
 * `Connection` from the package index carries every service.
 */
export function connectionWith<const S extends ServiceMap>(services: S): new (options: ConnectionOptions) => ConnectionOf<S> {
  class Connection extends ConnectionBase<S> {
    constructor(options: ConnectionOptions) {
      super(options, services);
    }
  }
  for (const name of Object.keys(services)) {
    Object.defineProperty(Connection.prototype, name, {
      get(this: Connection) {
        return this.facade(name);
      },
    });
  }
  return Connection as unknown as new (options: ConnectionOptions) => ConnectionOf<S>;
}
