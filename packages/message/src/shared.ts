import * as v from "valibot";

/**
 * Zaqar's next links (`{"links": [{"rel": "next", "href": "/v2/queues?marker=…"}]}`): a list
 * names its next page under `links`, not `<plural>_links`.
 */
export const LINKS = "links";

/** A queue's name, as Zaqar allows it: 1 to 64 ASCII letters, digits, `_` and `-`. */
export const queueName = v.pipe(
  v.string(),
  v.regex(/^[a-zA-Z0-9_-]{1,64}$/, "a queue name (1 to 64 letters, digits, '_' or '-')"),
);

/** A message id or claim id, as Zaqar makes them (24 hex digits with Redis and MongoDB, a UUID elsewhere). */
export const zaqarId = v.string();
