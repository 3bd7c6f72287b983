export { sharedFileSystemService } from "./descriptor.js";
export { sharedFileSystem } from "./service-definition.js";

export * from "./resources.js";
export { Limits, getLimits } from "./limits/limits.js";
export type { ManageShareArgs } from "./shares/share-actions.js";
export type { AccessRuleArgs } from "./access-rules/access-rule.js";
export type { ManageShareSnapshotArgs } from "./snapshots/share-snapshot.js";
