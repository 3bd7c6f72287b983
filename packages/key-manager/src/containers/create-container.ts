import { clientFor, fillPath, InvalidArgumentError, type Ref, type SessionOrClient } from "@openstack-ts/core";
import { keyManagerService } from "../descriptor.js";
import { idOfRef, refOf } from "../refs/ref.js";
import { type Container, containers } from "./container.js";

/** A secret to put in a container: an id, a `secret_ref`, or a secret; with its name there. */
export interface ContainerSecretInput {
  /** Its role: `certificate`, `private_key`, `private_key_passphrase`, `intermediates` (certificate); `public_key`, `private_key`, `private_key_passphrase` (rsa); any (generic). */
  name?: string | null;
  secret_ref: Ref | { readonly secret_ref: string };
}

export interface ContainerCreate {
  name?: string;
  /** `generic` (any secrets), `rsa` or `certificate` (secrets under fixed names). */
  type: "generic" | "rsa" | "certificate";
  secret_refs?: readonly ContainerSecretInput[];
}

/**
 * Creates a container (`POST /v1/containers`) and returns it (one GET: the POST answers
 * only its ref). Secrets may be named by id, ref or object; Barbican's body takes refs, made
 * here on the service's own URL.
 */
export async function createContainer(
  target: SessionOrClient,
  container: ContainerCreate,
  options: { signal?: AbortSignal } = {},
): Promise<Container> {
  const what = "createContainer";
  if (typeof container !== "object" || container === null)
    throw new InvalidArgumentError(`${what} takes an object of fields`);
  if (typeof container.type !== "string")
    throw new InvalidArgumentError(`${what} needs 'type' (generic, rsa or certificate)`);
  const { signal } = options;
  const client = clientFor(target, keyManagerService);
  const ids = (container.secret_refs ?? []).map((entry, index) => ({
    name: entry?.name ?? null,
    id: idOfRef("secrets", entry?.secret_ref, `${what}: secret_refs[${index}].secret_ref`),
  }));
  const { url } = await client.endpoint(signal);
  const body = {
    ...container,
    secret_refs: ids.map(({ name, id }) => ({ ...(name !== null && { name }), secret_ref: refOf("secrets", url, id) })),
  };
  const created = await client.post("containers", { json: body, signal }).json<{ container_ref?: unknown }>();
  const id = idOfRef("containers", created?.container_ref, `${what}: the answer's container_ref`);
  return containers.get(client, id, { signal });
}

/** Adds a secret to a generic container (`POST /v1/containers/{id}/secrets`), under `name`. */
export async function addContainerSecret(
  target: SessionOrClient,
  container: Ref | { readonly container_ref: string },
  secret: ContainerSecretInput,
  options: { signal?: AbortSignal } = {},
): Promise<void> {
  await containerSecret("POST", "addContainerSecret", target, container, secret, options.signal);
}

/** Takes a secret out of a generic container (`DELETE /v1/containers/{id}/secrets`); the secret itself stays. */
export async function removeContainerSecret(
  target: SessionOrClient,
  container: Ref | { readonly container_ref: string },
  secret: ContainerSecretInput,
  options: { signal?: AbortSignal } = {},
): Promise<void> {
  await containerSecret("DELETE", "removeContainerSecret", target, container, secret, options.signal);
}

async function containerSecret(
  method: "POST" | "DELETE",
  what: string,
  target: SessionOrClient,
  container: unknown,
  secret: ContainerSecretInput,
  signal: AbortSignal | undefined,
): Promise<void> {
  const containerId = idOfRef("containers", container, `${what}: container`);
  const secretId = idOfRef("secrets", secret?.secret_ref, `${what}: secret_ref`);
  const client = clientFor(target, keyManagerService);
  const { url } = await client.endpoint(signal);
  const json = { ...(secret.name != null && { name: secret.name }), secret_ref: refOf("secrets", url, secretId) };
  await client.request(method, fillPath("containers/{id}/secrets", { id: containerId }), { json, signal });
}
