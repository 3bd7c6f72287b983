import type { Ref, SessionOrClient } from "@openstack-ts/core";
import { type Acl, type AclInput, deleteAcl, getAcl, writeAcl } from "./acl.js";

type SecretRef = Ref | { readonly secret_ref: string };
type ContainerRef = Ref | { readonly container_ref: string };
type Call = { signal?: AbortSignal };

/** A secret's ACL. */
export const getSecretAcl = (target: SessionOrClient, secret: SecretRef, options?: Call): Promise<Acl> =>
  getAcl("secrets", "getSecretAcl", target, secret, options);
/** Replaces a secret's ACL. */
export const setSecretAcl = (target: SessionOrClient, secret: SecretRef, acl: AclInput, options?: Call): Promise<Acl> =>
  writeAcl("PUT", "secrets", "setSecretAcl", target, secret, acl, options);
/** Changes what is given of a secret's ACL. */
export const updateSecretAcl = (
  target: SessionOrClient,
  secret: SecretRef,
  acl: AclInput,
  options?: Call,
): Promise<Acl> => writeAcl("PATCH", "secrets", "updateSecretAcl", target, secret, acl, options);
/** Removes a secret's ACL. */
export const deleteSecretAcl = (target: SessionOrClient, secret: SecretRef, options?: Call): Promise<void> =>
  deleteAcl("secrets", "deleteSecretAcl", target, secret, options);

/** A container's ACL. */
export const getContainerAcl = (target: SessionOrClient, container: ContainerRef, options?: Call): Promise<Acl> =>
  getAcl("containers", "getContainerAcl", target, container, options);
/** Replaces a container's ACL. */
export const setContainerAcl = (
  target: SessionOrClient,
  container: ContainerRef,
  acl: AclInput,
  options?: Call,
): Promise<Acl> => writeAcl("PUT", "containers", "setContainerAcl", target, container, acl, options);
/** Changes what is given of a container's ACL. */
export const updateContainerAcl = (
  target: SessionOrClient,
  container: ContainerRef,
  acl: AclInput,
  options?: Call,
): Promise<Acl> => writeAcl("PATCH", "containers", "updateContainerAcl", target, container, acl, options);
/** Removes a container's ACL. */
export const deleteContainerAcl = (target: SessionOrClient, container: ContainerRef, options?: Call): Promise<void> =>
  deleteAcl("containers", "deleteContainerAcl", target, container, options);
