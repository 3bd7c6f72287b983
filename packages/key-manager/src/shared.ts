import * as v from "valibot";

/** Barbican's timestamps: ISO 8601 without a zone (UTC). */
export const Timestamp = v.string();

/** A text field Barbican leaves `null` when the creator gave none (name, algorithm, mode, …). */
export const OptionalText = v.nullish(v.string());

/** The list filters every Barbican collection takes besides its fields. */
export const pageFilters = {
  /** Index of the first item of the page (Barbican pages by offset; its `next` links carry it). */
  offset: v.number(),
} as const;
