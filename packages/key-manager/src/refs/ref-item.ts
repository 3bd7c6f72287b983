import * as v from "valibot";
import { idInRef, refField, type RefKind } from "./ref.js";

/**
 * The schema of an item Barbican names only by its URL (`secret_ref`, …): the given fields,
 * plus an `id` taken from the end of that URL, so an item is passed on, compared and found
 * by id like any other resource's. The `id` is added before the fields are checked; an item
 * whose URL is not one of `kind` fails the check on `id`, naming it.
 */
/* @__NO_SIDE_EFFECTS__ */
export function refItem<const E extends v.ObjectEntries>(kind: RefKind, entries: E) {
  const schema = v.looseObject({ ...entries, id: v.string() });
  const field = refField(kind);
  const run = schema["~run"];
  // A schema object whose prototype is valibot's: its entries, kind and type stay readable
  // (core's checks of create bodies and its fast path read them); only its run differs.
  const withId = Object.create(schema) as typeof schema;
  Object.defineProperty(withId, "~run", {
    value(this: typeof schema, dataset: { value: unknown }, config: v.Config<v.BaseIssue<unknown>>) {
      const value = dataset.value;
      if (typeof value === "object" && value !== null && !Array.isArray(value)) {
        const record = value as Record<string, unknown>;
        const ref = record[field];
        const id = record["id"] === undefined && typeof ref === "string" ? idInRef(kind, ref) : undefined;
        if (id !== undefined) return run.call(this, { ...dataset, value: { ...record, id } }, config);
      }
      return run.call(this, dataset, config);
    },
  });
  return withId;
}
