import { clientFor, fillPath, InvalidArgumentError, type Ref, type SessionOrClient } from "@openstack-ts/core";
import * as v from "valibot";
import { keyManagerService } from "../descriptor.js";
import { parsed } from "../parsed.js";
import { idOfRef } from "../refs/ref.js";

/** A secret's user metadata: keys (lower case in Barbican) and their values. */
export const SecretMetadata = v.record(v.string(), v.string());
export type SecretMetadata = v.InferOutput<typeof SecretMetadata>;

/** One key of a secret's metadata. */
export const SecretMetadatum = v.looseObject({ key: v.string(), value: v.string() });
export type SecretMetadatum = v.InferOutput<typeof SecretMetadatum>;

type SecretRef = Ref | { readonly secret_ref: string };
type Call = { signal?: AbortSignal };

const base = (secret: SecretRef, what: string) =>
  fillPath("secrets/{id}/metadata", { id: idOfRef("secrets", secret, `${what}: secret`) });

function keyPath(secret: SecretRef, key: string, what: string): string {
  if (typeof key !== "string" || key === "") throw new InvalidArgumentError(`${what} needs a metadata key`);
  return `${base(secret, what)}/${fillPath("{key}", { key })}`;
}

/** All of a secret's metadata (`GET …/metadata`). */
export async function getSecretMetadata(target: SessionOrClient, secret: SecretRef, options: Call = {}) {
  const client = clientFor(target, keyManagerService);
  const response = await client.get(base(secret, "getSecretMetadata"), { signal: options.signal });
  const body = parsed(v.looseObject({ metadata: SecretMetadata }), await response.json(), response.url);
  return body.metadata;
}

/** Replaces all of a secret's metadata (`PUT …/metadata`): keys left out are removed. */
export async function setSecretMetadata(
  target: SessionOrClient,
  secret: SecretRef,
  metadata: SecretMetadata,
  options: Call = {},
): Promise<void> {
  const client = clientFor(target, keyManagerService);
  await client.put(base(secret, "setSecretMetadata"), { json: { metadata }, signal: options.signal });
}

/** One key of a secret's metadata (`GET …/metadata/{key}`). */
export async function getSecretMetadatum(target: SessionOrClient, secret: SecretRef, key: string, options: Call = {}) {
  const client = clientFor(target, keyManagerService);
  const response = await client.get(keyPath(secret, key, "getSecretMetadatum"), { signal: options.signal });
  return parsed(SecretMetadatum, await response.json(), response.url);
}

/** Adds a key (`POST …/metadata`); Barbican refuses one that exists (409). */
export async function createSecretMetadatum(
  target: SessionOrClient,
  secret: SecretRef,
  metadatum: SecretMetadatum,
  options: Call = {},
) {
  const client = clientFor(target, keyManagerService);
  const path = `${base(secret, "createSecretMetadatum")}/`;
  const response = await client.post(path, { json: metadatum, signal: options.signal });
  return parsed(SecretMetadatum, await response.json(), response.url);
}

/** Changes the value of an existing key (`PUT …/metadata/{key}`). */
export async function updateSecretMetadatum(
  target: SessionOrClient,
  secret: SecretRef,
  metadatum: SecretMetadatum,
  options: Call = {},
) {
  const client = clientFor(target, keyManagerService);
  const path = keyPath(secret, metadatum?.key, "updateSecretMetadatum");
  const response = await client.put(path, { json: metadatum, signal: options.signal });
  return parsed(SecretMetadatum, await response.json(), response.url);
}

/** Removes a key (`DELETE …/metadata/{key}`). */
export async function deleteSecretMetadatum(
  target: SessionOrClient,
  secret: SecretRef,
  key: string,
  options: Call = {},
): Promise<void> {
  const client = clientFor(target, keyManagerService);
  await client.delete(keyPath(secret, key, "deleteSecretMetadatum"), { signal: options.signal });
}
