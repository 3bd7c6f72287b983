import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { placementService } from "../descriptor.js";
import { Link } from "../shared.js";

/** A resource class: standard (`VCPU`, `MEMORY_MB`, `DISK_GB`, …) or custom (`CUSTOM_…`). */
export const ResourceClass = v.looseObject({
  name: v.string(),
  links: v.optional(v.array(Link)),
});

/**
 * Resource classes (1.2), named by `name` in URLs. Placement answers a create with an empty
 * 201, so creating is an action rather than the create verb:
 *
 * - `createResourceClass({ name })`: POST; the name must start with `CUSTOM_`; an existing
 *   class is a 409.
 * - `updateResourceClass({ name })`: PUT (1.7): creates the custom class if it is missing
 *   and confirms it otherwise (201 or 204), so it is the idempotent create. Renaming (PUT
 *   with a body, 1.2 to 1.6) is gone from Placement since 1.7.
 *
 * Deleting a standard class is a 400; a class some inventory uses is a 409.
 */
export const resourceClasses = defineResource({
  service: placementService,
  path: "resource_classes",
  singular: "ResourceClass",
  plural: "ResourceClasses",
  pluralKey: "resource_classes",
  idField: "name",
  schema: ResourceClass,
  verbs: ["list", "get", "find", "delete"],
  pagination: "none",
  // Below 1.2 there are no resource classes at all: Placement answers 404.
  maxMicroversion: "1.39",
  actions: {
    createResourceClass: {
      method: "POST",
      path: "resource_classes",
      body: (args: { name: string }) => ({ name: args.name }),
      requires: "1.2",
    },
    updateResourceClass: { method: "PUT", path: "resource_classes/{name}", requires: "1.7" },
  },
});

export type ResourceClass = Item<typeof resourceClasses>;
