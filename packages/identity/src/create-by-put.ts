import {
  clientFor,
  type CreateBody,
  fillPath,
  idOf,
  InvalidArgumentError,
  type Item,
  parseItem,
  type ResourceSpec,
  type SessionOrClient,
  unwrap,
} from "@openstack-ts/core";

/**
 * The create of Keystone's federation objects (identity providers, mappings, protocols):
 * the caller chooses the id, and the object is made by PUT at its own URL, the id in the
 * path and not in the body (Keystone refuses unknown fields there). Required and read-only
 * fields and the parents are checked before anything is sent; the kinds of values are left
 * to Keystone.
 */
/* @__NO_SIDE_EFFECTS__ */
export function createByPut<D extends ResourceSpec & { key: string }>(spec: D) {
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
    const idField = spec.idField ?? "id";
    const parentNames = [...spec.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
    const parents: Record<string, unknown> = {};
    const fields: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(body)) (parentNames.includes(name) ? parents : fields)[name] = value;
    for (const field of spec.required ?? []) {
      if (fields[field] === undefined) throw new InvalidArgumentError(`${what} needs '${field}'`);
    }
    for (const field of spec.readOnly ?? []) {
      if (fields[field] !== undefined) throw new InvalidArgumentError(`${what}: '${field}' cannot be set`);
    }
    const { [idField]: id, ...rest } = fields;
    const path = `${fillPath(spec.path, parents)}/${idOf(id as string, `${spec.singular} ${idField}`)}`;
    const response = await clientFor(target, spec.service).put(path, {
      json: { [spec.key]: rest },
      signal: options.signal,
    });
    const url = response.url || path;
    return parseItem<Item<D>>(spec.schema, unwrap(await response.json(), spec.key, url), url, spec.key);
  };
}
