export { computeService } from "./descriptor.js";
export { compute } from "./service-definition.js";
export type { ComputeRef } from "./common.js";
export { microversionFor, microversionHeaders } from "./microversion.js";
export { encodeUserData } from "./user-data.js";

export * from "./resources.js";
export { ServerAddress, ServerCreated, ServerFault, ServerFlavor } from "./servers/server-parts.js";
export {
  createServer,
  createServerAction,
  createMicroversion,
  serverCreateBody,
  type BlockDeviceMapping,
  type ServerSchedulerHints,
  type ServerCreateArgs,
  type ServerNetwork,
} from "./servers/server-create.js";
export { serverStateActions, type ServerRebuildArgs } from "./servers/server-state-actions.js";
export { createServerImage, createServerImageAction, imageIdOf } from "./servers/server-image.js";
export {
  ConsoleOutput,
  RemoteConsole,
  serverConsoleActions,
  type RemoteConsoleKind,
} from "./servers/server-consoles.js";
export { ServerMetadata, ServerMetadataItem, serverMetadataActions } from "./servers/server-metadata.js";
export { ServerTags, serverTagActions } from "./servers/server-tags.js";

export { FlavorExtraSpecs, flavorExtraSpecActions } from "./flavors/flavor-extra-specs.js";
export { flavorAccessActions } from "./flavors/flavor-access-actions.js";
