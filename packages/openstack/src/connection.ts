import { ConnectionBase } from "./connection-base.js";
import type { ConnectionOptions } from "./connection-options.js";
import type {
  BlockStorageFacade,
  ComputeFacade,
  IdentityFacade,
  ImageFacade,
  LoadBalancerFacade,
  NetworkFacade,
  ObjectStoreFacade,
  OrchestrationFacade,
  PlacementFacade,
  KeyManagerFacade,
  DnsFacade,
  BaremetalFacade,
  MessageFacade,
  SharedFileSystemFacade,
  WorkflowFacade,
  InstanceHaFacade,
  ContainerInfrastructureManagementFacade,
  ClusteringFacade,
  DatabaseFacade,
  BaremetalIntrospectionFacade,
} from "./facades.js";
import { services } from "./services.js";

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

  get identity(): IdentityFacade {
    return this.facade("identity");
  }
  get compute(): ComputeFacade {
    return this.facade("compute");
  }
  get network(): NetworkFacade {
    return this.facade("network");
  }
  get image(): ImageFacade {
    return this.facade("image");
  }
  get blockStorage(): BlockStorageFacade {
    return this.facade("blockStorage");
  }
  get objectStore(): ObjectStoreFacade {
    return this.facade("objectStore");
  }
  get placement(): PlacementFacade {
    return this.facade("placement");
  }
  get loadBalancer(): LoadBalancerFacade {
    return this.facade("loadBalancer");
  }
  get orchestration(): OrchestrationFacade {
    return this.facade("orchestration");
  }
  get keyManager(): KeyManagerFacade {
    return this.facade("keyManager");
  }
  get dns(): DnsFacade {
    return this.facade("dns");
  }
  get baremetal(): BaremetalFacade {
    return this.facade("baremetal");
  }
  get message(): MessageFacade {
    return this.facade("message");
  }
  get sharedFileSystem(): SharedFileSystemFacade {
    return this.facade("sharedFileSystem");
  }
  get workflow(): WorkflowFacade {
    return this.facade("workflow");
  }
  get instanceHa(): InstanceHaFacade {
    return this.facade("instanceHa");
  }
  get containerInfrastructureManagement(): ContainerInfrastructureManagementFacade {
    return this.facade("containerInfrastructureManagement");
  }
  get clustering(): ClusteringFacade {
    return this.facade("clustering");
  }
  get database(): DatabaseFacade {
    return this.facade("database");
  }
  get baremetalIntrospection(): BaremetalIntrospectionFacade {
    return this.facade("baremetalIntrospection");
  }
}
