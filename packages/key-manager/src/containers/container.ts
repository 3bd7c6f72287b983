import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { keyManagerService } from "../descriptor.js";
import { acceptingRefs } from "../refs/accepting-refs.js";
import { refItem } from "../refs/ref-item.js";
import { OptionalText, pageFilters, Timestamp } from "../shared.js";

/** A secret in a container, under the name its role has there (`certificate`, `private_key`, … or any, in a generic one). */
export const ContainerSecretRef = v.looseObject({ name: OptionalText, secret_ref: v.string() });
export type ContainerSecretRef = v.InferOutput<typeof ContainerSecretRef>;

/** A service's resource registered as using a container: its name and URL. */
export const ContainerConsumerRef = v.looseObject({ name: v.string(), URL: v.string() });

/** A container: a named set of secrets, `generic`, `rsa` or `certificate`. `id` is derived from `container_ref`. */
export const Container = refItem("containers", {
  container_ref: v.string(),
  name: OptionalText,
  type: v.string(),
  status: v.string(),
  secret_refs: v.array(ContainerSecretRef),
  consumers: v.optional(v.array(ContainerConsumerRef)),
  creator_id: v.optional(v.string()),
  created: Timestamp,
  updated: Timestamp,
});

export const containers = acceptingRefs(
  defineResource({
    service: keyManagerService,
    path: "containers",
    singular: "Container",
    // Barbican's next links carry only limit and offset.
    nextLinksDropFilters: true,
    plural: "Containers",
    pluralKey: "containers",
    schema: Container,
    verbs: ["list", "get", "find", "delete"],
    query: ["name", "type"],
    filters: pageFilters,
    readOnly: ["id", "container_ref", "status", "consumers", "creator_id", "created", "updated"],
    status: { failures: ["ERROR"] },
  }),
  "containers",
);
export type Container = Item<typeof containers>;
