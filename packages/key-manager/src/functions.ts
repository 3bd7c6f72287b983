// What Barbican's API does beyond list/get/find/delete: creates that answer only a ref,
// payloads, metadata, ACLs, consumers and quotas. Each is a function of a target (a session
// or `conn.keyManager`), and a method of the façade.
export { createSecret, type SecretCreate } from "./secrets/create-secret.js";
export {
  getSecretPayload,
  updateSecret,
  type GetSecretPayloadOptions,
  type UpdateSecretOptions,
} from "./secrets/secret-payload.js";
export {
  getSecretMetadata,
  setSecretMetadata,
  getSecretMetadatum,
  createSecretMetadatum,
  updateSecretMetadatum,
  deleteSecretMetadatum,
} from "./secret-metadata/secret-metadata.js";
export {
  createContainer,
  addContainerSecret,
  removeContainerSecret,
  type ContainerCreate,
  type ContainerSecretInput,
} from "./containers/create-container.js";
export { createOrder, type OrderCreate } from "./orders/create-order.js";
export {
  getSecretAcl,
  setSecretAcl,
  updateSecretAcl,
  deleteSecretAcl,
  getContainerAcl,
  setContainerAcl,
  updateContainerAcl,
  deleteContainerAcl,
} from "./acls/acl-functions.js";
export {
  createContainerConsumer,
  deleteContainerConsumer,
  createSecretConsumer,
  deleteSecretConsumer,
  type ContainerConsumerInput,
  type SecretConsumerInput,
} from "./consumers/register.js";
export { getQuotas, getProjectQuota, updateProjectQuota } from "./quotas/quota.js";
