import { clientFor, fillPath, InvalidArgumentError, type Ref, type SessionOrClient } from "@openstack-ts/core";
import { type Container, containers } from "../containers/container.js";
import { keyManagerService } from "../descriptor.js";
import { idOfRef } from "../refs/ref.js";
import { type Secret, Secret as SecretSchema } from "../secrets/secret.js";
import { parsed } from "../parsed.js";

type Call = { signal?: AbortSignal };

/** A container's consumer to register or remove. */
export interface ContainerConsumerInput {
  name: string;
  URL: string;
}

/** A secret's consumer to register or remove. */
export interface SecretConsumerInput {
  service: string;
  resource_type: string;
  resource_id: string;
}

function checked(what: string, value: unknown, fields: readonly string[]): Record<string, unknown> {
  if (typeof value !== "object" || value === null)
    throw new InvalidArgumentError(`${what} takes { ${fields.join(", ")} }`);
  for (const field of fields) {
    if (typeof (value as Record<string, unknown>)[field] !== "string")
      throw new InvalidArgumentError(`${what} needs '${field}' (a string)`);
  }
  return value as Record<string, unknown>;
}

async function consumerCall(
  method: "POST" | "DELETE",
  path: string,
  json: unknown,
  target: SessionOrClient,
  signal: AbortSignal | undefined,
  microversion?: string,
) {
  const client = clientFor(target, keyManagerService);
  const response = await client.request(method, path, { json, signal, microversion });
  return { body: await response.json(), url: response.url || path };
}

/** Registers a consumer of a container (`POST …/consumers`); returns the container, consumers included. */
export async function createContainerConsumer(
  target: SessionOrClient,
  container: Ref | { readonly container_ref: string },
  consumer: ContainerConsumerInput,
  options: Call = {},
): Promise<Container> {
  const what = "createContainerConsumer";
  const path = fillPath("containers/{id}/consumers", { id: idOfRef("containers", container, `${what}: container`) });
  const { body, url } = await consumerCall(
    "POST",
    path,
    checked(what, consumer, ["name", "URL"]),
    target,
    options.signal,
  );
  return parsed(containers.schema, body, url, "container");
}

/** Removes a consumer of a container (`DELETE …/consumers`, the consumer in the body). */
export async function deleteContainerConsumer(
  target: SessionOrClient,
  container: Ref | { readonly container_ref: string },
  consumer: ContainerConsumerInput,
  options: Call = {},
): Promise<void> {
  const what = "deleteContainerConsumer";
  const path = fillPath("containers/{id}/consumers", { id: idOfRef("containers", container, `${what}: container`) });
  await consumerCall("DELETE", path, checked(what, consumer, ["name", "URL"]), target, options.signal);
}

/** Registers a consumer of a secret (`POST …/consumers`, microversion 1.1); returns the secret, consumers included. */
export async function createSecretConsumer(
  target: SessionOrClient,
  secret: Ref | { readonly secret_ref: string },
  consumer: SecretConsumerInput,
  options: Call = {},
): Promise<Secret> {
  const what = "createSecretConsumer";
  const fields = ["service", "resource_type", "resource_id"];
  const path = fillPath("secrets/{id}/consumers", { id: idOfRef("secrets", secret, `${what}: secret`) });
  const { body, url } = await consumerCall(
    "POST",
    path,
    checked(what, consumer, fields),
    target,
    options.signal,
    "1.1",
  );
  return parsed(SecretSchema, body, url, "secret");
}

/** Removes a consumer of a secret (`DELETE …/consumers`, microversion 1.1, the consumer in the body). */
export async function deleteSecretConsumer(
  target: SessionOrClient,
  secret: Ref | { readonly secret_ref: string },
  consumer: SecretConsumerInput,
  options: Call = {},
): Promise<void> {
  const what = "deleteSecretConsumer";
  const fields = ["service", "resource_type", "resource_id"];
  const path = fillPath("secrets/{id}/consumers", { id: idOfRef("secrets", secret, `${what}: secret`) });
  await consumerCall("DELETE", path, checked(what, consumer, fields), target, options.signal, "1.1");
}
