import * as v from "valibot";

/** A `{rel, href}` link, as Placement lists them on providers and resource classes. */
export const Link = v.looseObject({ rel: v.string(), href: v.string() });

/** Amounts by resource class: `{"VCPU": 2, "MEMORY_MB": 512}`. */
export const ResourceAmounts = v.record(v.string(), v.number());

/** Placement's optimistic-concurrency counter of a provider, bumped by every change to it. */
export const Generation = v.number();
