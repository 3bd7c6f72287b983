import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { placementService } from "../descriptor.js";
import { listTraitsActions } from "./list-traits.js";
import { providerTraitActions } from "./provider-traits.js";

/** A trait is only a name (`HW_CPU_X86_AVX2`, `CUSTOM_FAST_DISK`); the API never answers with more. */
export const Trait = v.looseObject({ name: v.string() });

/**
 * Traits (1.6). Placement answers a trait with a bare name or nothing at all, so there are
 * no item verbs, only actions: listing is `listTraits`, a provider's traits are
 * `getResourceProviderTraits` / `setResourceProviderTraits`, and the bodiless calls:
 *
 * - `createTrait({ name })`: PUT; idempotent (201 new, 204 already there). Only
 *   `CUSTOM_` names can be created; the standard ones (os-traits) always exist.
 * - `deleteTrait({ name })`: a trait still on a provider is a 409, a standard one a 400,
 *   an unknown one a 404.
 * - `traitExists({ name })`: true or false.
 * - `deleteResourceProviderTraits({ resource_provider_uuid })`: removes every trait of the
 *   provider, without a generation check (Placement bumps the generation itself).
 */
export const traits = defineResource({
  service: placementService,
  path: "traits",
  singular: "Trait",
  plural: "Traits",
  idField: "name",
  schema: Trait,
  verbs: [],
  actions: {
    ...listTraitsActions,
    ...providerTraitActions,
    createTrait: { method: "PUT", path: "traits/{name}", requires: "1.6" },
    deleteTrait: { method: "DELETE", path: "traits/{name}", requires: "1.6" },
    traitExists: { method: "GET", path: "traits/{name}", returns: "exists", requires: "1.6" },
    deleteResourceProviderTraits: {
      method: "DELETE",
      path: "resource_providers/{resource_provider_uuid}/traits",
      idField: "uuid",
      requires: "1.6",
    },
  },
});

export type Trait = Item<typeof traits>;
