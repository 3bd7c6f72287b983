export * from "@openstack-ts/core";
export * from "@openstack-ts/identity";
export * from "@openstack-ts/network";
export { Connection } from "./connection.js";
export type { ConnectionOptions } from "./connection-options.js";
export { fromConfig, type FromConfigOptions } from "./from-config.js";
export { loadCloud, resolveCloud, ResolvedCloud, connectionOptions } from "@openstack-ts/config";
