import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { keyManagerService } from "../descriptor.js";
import { acceptingRefs } from "../refs/accepting-refs.js";
import { SecretConsumer } from "../secrets/secret.js";
import { pageFilters, Timestamp } from "../shared.js";

/** A container's consumer: a service's resource, by a name and a URL of its choosing. */
export const ContainerConsumer = v.looseObject({
  name: v.string(),
  URL: v.string(),
  status: v.optional(v.string()),
  created: v.optional(Timestamp),
  updated: v.optional(Timestamp),
});

/** `GET /v1/containers/{container_id}/consumers`: `listContainerConsumers({ container_id })`, by id, ref or container. */
export const containerConsumers = acceptingRefs(
  defineResource({
    service: keyManagerService,
    path: "containers/{container_id}/consumers",
    singular: "ContainerConsumer",
    // Barbican's next links carry only limit and offset.
    nextLinksDropFilters: true,
    plural: "ContainerConsumers",
    pluralKey: "consumers",
    schema: ContainerConsumer,
    verbs: ["list"],
    query: ["name"],
    filters: pageFilters,
  }),
  undefined,
  { container_id: "containers" },
);
export type ContainerConsumer = Item<typeof containerConsumers>;

/** `GET /v1/secrets/{secret_id}/consumers`: `listSecretConsumers({ secret_id })`, by id, ref or secret. */
export const secretConsumers = acceptingRefs(
  defineResource({
    service: keyManagerService,
    path: "secrets/{secret_id}/consumers",
    singular: "SecretConsumer",
    // Barbican's next links carry only limit and offset.
    nextLinksDropFilters: true,
    plural: "SecretConsumers",
    pluralKey: "consumers",
    schema: SecretConsumer,
    verbs: ["list"],
    query: ["service", "resource_type", "resource_id"],
    filters: pageFilters,
    maxMicroversion: "1.1",
  }),
  undefined,
  { secret_id: "secrets" },
);
