/**
 * @openstack-ts/config: clouds.yaml, secure.yaml, `OS_*` variables and vendor profiles,
 * resolved as openstacksdk resolves them. This entry is pure and runs everywhere (browsers
 * included); Node and Deno get `./node.ts` instead, which also finds and reads the files.
 */
export { resolveCloud } from "./resolve/resolve-cloud.js";
export { ResolvedCloud } from "./resolved-cloud.js";
export {
  connectionOptions,
  serviceConfig,
  type ConnectionOptionsFromConfig,
  type ServiceOptions,
} from "./connection-options.js";
export { parseConfigText } from "./parse-text.js";
export { loadCloud, loadCloudSync, loadCloudsConfig } from "./load-in-memory.js";
export { VENDORS, type VendorProfile } from "./data/vendors.js";
export type {
  AuthConfig,
  CloudsConfig,
  ConfigFiles,
  Env,
  LoadCloudInput,
  LoadConfigInput,
  ResolvedCloudFields,
  ResolveInput,
  ServiceConfig,
} from "./types.js";
