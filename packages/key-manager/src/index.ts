export { keyManagerService } from "./descriptor.js";
export { keyManager } from "./service-definition.js";

export * from "./resources.js";
export * from "./functions.js";
export { Acl, AclRule, type AclInput } from "./acls/acl.js";
export { SecretMetadata, SecretMetadatum } from "./secret-metadata/secret-metadata.js";
export { SecretPayload } from "./payloads/secret-payload.js";
export type { PayloadInput } from "./payloads/payload-input.js";
export { idOfRef, idInRef, type RefKind } from "./refs/ref.js";
