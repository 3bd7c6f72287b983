/**
 * Partial records: items a service answers with only some of their fields, where the
 * resource declares that shape (`partial` in its spec). Nova does it from 2.69 for servers
 * and compute services in a cell it cannot reach: `{ id, status: "UNKNOWN", links, … }`.
 *
 * The mark lives beside the item, not in it: the item stays the server's own object (its
 * JSON, keys and equality unchanged), and a copy of it (`{ ...item }`) is no longer marked.
 */

/** The type-only brand of a partial record; no such property exists at run time. */
export declare const partialMark: unique symbol;

/** What `isPartial` looks for in a type: the brand `PartialItem` carries. */
export interface PartialMark {
  readonly [partialMark]: true;
}

const partialItems = new WeakSet<object>();

/** Marks `item` as partial; returns it. */
export function markPartial<T extends object>(item: T): T {
  partialItems.add(item);
  return item;
}

/**
 * True for an item a list or get returned as a partial record (a Nova server or service in
 * an unreachable cell): narrows `Server | PartialServer` to `PartialServer`, and its `else`
 * to the full `Server`.
 */
export function isPartial<T>(item: T): item is Extract<T, PartialMark> {
  return typeof item === "object" && item !== null && partialItems.has(item);
}
