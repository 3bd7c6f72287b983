/**
 * Accepted creates: where a resource declares `bodilessCreateFrom` (Nova's volume
 * attachments from 2.101), the API answers a create with 202 or 204 and no body: the work
 * is under way and nothing describes it yet. create then returns what it sent, as
 * openstacksdk does (its resource keeps the attributes it was given when the answer has no
 * body), so the caller holds the item's id field (the attachment's `volumeId`) to get,
 * wait for or delete it. The mark, like a partial record's, lives beside the object.
 */

/** The type-only brand of an accepted create; no such property exists at run time. */
export declare const acceptedMark: unique symbol;

/**
 * What `isAccepted` looks for in a type: the brand `AcceptedItem` carries. A type alias, not
 * an interface, so that an accepted item still passes where any object with its id field
 * does (`RefOf`: an index signature an interface would not satisfy).
 */
export type AcceptedMark = { readonly [acceptedMark]: true };

const acceptedItems = new WeakSet<object>();

/** The fields a create sent (undefined ones were not sent), marked accepted. */
export function acceptedItem<T>(sent: Readonly<Record<string, unknown>>): T {
  const item = Object.fromEntries(Object.entries(sent).filter(([, value]) => value !== undefined));
  acceptedItems.add(item);
  return item as T;
}

/**
 * True for what a create returned from a bodiless 202/204 (the fields it sent, not the
 * server's item): narrows `VolumeAttachment | AcceptedItem` to the accepted one, and its
 * `else` to the item the server returned.
 */
export function isAccepted<T>(item: T): item is Extract<T, AcceptedMark> {
  return typeof item === "object" && item !== null && acceptedItems.has(item);
}
