import {
  clientFor,
  type CreateBody,
  InvalidArgumentError,
  type Item,
  parseItem,
  type ResourceSpec,
  ResponseValidationError,
  type SessionOrClient,
  unwrap,
} from "@openstack-ts/core";

/**
 * The create of one unified limit (or registered limit): Keystone only creates them in
 * lists, `{"limits": [...]}` both ways, so one item goes in a list of one and comes back
 * as the only member of the answer. Required and read-only fields are checked before
 * anything is sent; the kinds of values are left to Keystone.
 */
/* @__NO_SIDE_EFFECTS__ */
export function createInList<D extends ResourceSpec & { pluralKey: string }>(spec: D) {
  return async (
    target: SessionOrClient,
    body: CreateBody<D>,
    options: { signal?: AbortSignal } = {},
  ): Promise<Item<D>> => {
    const what = `create${spec.singular}`;
    if (typeof body !== "object" || body === null || Array.isArray(body)) {
      throw new InvalidArgumentError(
        `${what} takes an object of fields, got ${Array.isArray(body) ? "an array" : typeof body}`,
      );
    }
    const fields = body as Record<string, unknown>;
    for (const field of spec.required ?? []) {
      if (fields[field] === undefined) throw new InvalidArgumentError(`${what} needs '${field}'`);
    }
    for (const field of spec.readOnly ?? []) {
      if (fields[field] !== undefined) throw new InvalidArgumentError(`${what}: '${field}' cannot be set`);
    }
    const response = await clientFor(target, spec.service).post(spec.path, {
      json: { [spec.pluralKey]: [fields] },
      signal: options.signal,
    });
    const url = response.url || spec.path;
    const created = unwrap(await response.json(), spec.pluralKey, url);
    if (!Array.isArray(created) || created.length !== 1) {
      const got = Array.isArray(created) ? `${created.length} items` : typeof created;
      throw new ResponseValidationError({
        url,
        field: spec.pluralKey,
        problem: `is ${got}, expected the one item created`,
      });
    }
    return parseItem<Item<D>>(spec.schema, created[0], url, `${spec.pluralKey}.0`);
  };
}
