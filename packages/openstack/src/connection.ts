import type { ServiceFacade } from "@openstack-ts/core";
import { ConnectionBase } from "./connection-base.js";
import type { ConnectionOptions } from "./connection-options.js";
import { services } from "./services.js";

type Facade<N extends keyof typeof services> = ServiceFacade<(typeof services)[N]>;

/**
 * A context for one cloud, like openstacksdk's Connection: `conn.identity`, `conn.compute`,
 * `conn.network`, … are built on first access (catalog lookup and version discovery happen on
 * their first call) and cached for the connection's life. For a smaller bundle with fewer
 * services, see `connectionWith`.
 */
export class Connection extends ConnectionBase<typeof services> {
  constructor(options: ConnectionOptions) {
    super(options, services);
  }

  get identity(): Facade<"identity"> {
    return this.facade("identity");
  }
  get compute(): Facade<"compute"> {
    return this.facade("compute");
  }
  get network(): Facade<"network"> {
    return this.facade("network");
  }
  get image(): Facade<"image"> {
    return this.facade("image");
  }
  get blockStorage(): Facade<"blockStorage"> {
    return this.facade("blockStorage");
  }
  get objectStore(): Facade<"objectStore"> {
    return this.facade("objectStore");
  }
  get placement(): Facade<"placement"> {
    return this.facade("placement");
  }
}
