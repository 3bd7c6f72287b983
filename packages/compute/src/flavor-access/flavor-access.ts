import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { computeService } from "../descriptor.js";

/** One project's access to a private flavor. */
export const FlavorAccess = v.looseObject({ flavor_id: v.string(), tenant_id: v.string() });

/**
 * The projects that may use a private flavor (`flavor`: an id or the flavor):
 * `listFlavorAccess({ flavor })` (openstacksdk's get_flavor_access). A public flavor
 * answers 404. Access is granted with `flavorAddTenantAccess`.
 */
export const flavorAccess = defineResource({
  service: computeService,
  path: "flavors/{flavor}/os-flavor-access",
  singular: "FlavorAccess",
  plural: "FlavorAccess",
  pluralKey: "flavor_access",
  idField: "tenant_id",
  schema: FlavorAccess,
  verbs: ["list"],
  pagination: "none",
});

/** A FlavorAccess entry as the API returns it. */
export type FlavorAccess = Item<typeof flavorAccess>;
