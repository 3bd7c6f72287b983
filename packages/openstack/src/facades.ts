import type { ServiceFacade } from "@openstack-ts/core";
import type { services } from "./services.js";

/** `conn.identity`: Keystone's resources, actions and functions as methods. */
export type IdentityFacade = ServiceFacade<typeof services.identity>;
/** `conn.compute`: Nova's. */
export type ComputeFacade = ServiceFacade<typeof services.compute>;
/** `conn.network`: Neutron's. */
export type NetworkFacade = ServiceFacade<typeof services.network>;
/** `conn.image`: Glance's. */
export type ImageFacade = ServiceFacade<typeof services.image>;
/** `conn.blockStorage`: Cinder's. */
export type BlockStorageFacade = ServiceFacade<typeof services.blockStorage>;
/** `conn.objectStore`: Swift's. */
export type ObjectStoreFacade = ServiceFacade<typeof services.objectStore>;
/** `conn.placement`: Placement's. */
export type PlacementFacade = ServiceFacade<typeof services.placement>;
/** `conn.dns`: Designate's. */
export type DnsFacade = ServiceFacade<typeof services.dns>;
