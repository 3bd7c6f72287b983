import * as v from "valibot";
import { BadRequestError, ForbiddenError, NotFoundError } from "../errors/http-error.js";
import { DuplicateResourceError, InvalidArgumentError } from "../errors/sdk-errors.js";
import { describeArgument, fillPath, type IdType, joinUrl, type Ref } from "../http/path.js";
import { describeRef, itemOptionNames, itemPath } from "./item-path.js";
import { callHeadersOf, refuseUnknownOptions, splitCallHeaders } from "./call-headers.js";
import { appendDeclared, FIELD_SELECTION, itemQueryOf, selectedFieldsSchema } from "./query-params.js";
import { clientFor, methodName, splitParents } from "./client-for.js";
import { ListResult } from "./list-result.js";
import { checkMicroversionBounds } from "./microversion-bounds.js";
import { deferredWalker, pageQuery, walkPages, type PageWalker } from "./paginate.js";
import type { ResourceSpec } from "./resource-spec.js";
import type { ListOptions, SessionOrClient } from "./types.js";
import { invalidItemReporter, parseListItem, parseRecord, unwrap } from "./validate.js";

type Args = Readonly<Record<string, unknown>>;

/**
 * GET the collection, page by page. Lazy: nothing is sent until the result is awaited or
 * iterated. An item that does not validate is kept as sent and reported (see
 * `ListOptions.onInvalidItem`); a page that is not a list still fails the walk.
 */
export function list<T>(
  spec: ResourceSpec,
  target: SessionOrClient,
  query: Args = {},
  options: ListOptions = {},
): ListResult<T> {
  return new ListResult(() => deferredWalker(() => pages<T>(spec, target, query, options)));
}

async function pages<T>(
  spec: ResourceSpec,
  target: SessionOrClient,
  query: Args,
  options: ListOptions,
): Promise<PageWalker<T>> {
  const { parents, rest } = splitParents(spec, query);
  const client = clientFor(target, spec.service);
  const { signal, maxItems, onInvalidItem } = options;
  const what = methodName(spec, "list");
  refuseUnknownOptions(spec.service, what, options, LIST_OPTIONS);
  const headers = callHeadersOf(spec.service, what, options);
  // Parent ids and filters are checked before the microversion, which may authenticate: bad arguments send nothing.
  const path = fillPath(spec.listPath ?? spec.path, parents);
  const { limit, marker, others } = pageQuery(what, rest, options.limit);
  const filters = new URLSearchParams();
  for (const [key, value] of Object.entries(others)) appendQuery(filters, spec, what, key, value);
  const microversion = await client.microversion({ sdkMax: spec.maxMicroversion, what, signal });
  checkMicroversionBounds(spec, what, filters.keys(), microversion);
  const { url: baseUrl } = await client.endpoint(signal);
  const onInvalid = invalidItemReporter(client.session.logger, what, onInvalidItem);
  return walkPages<T>({
    firstUrl: firstPageUrl(joinUrl(baseUrl, path), spec.listQuery, filters, limit, marker),
    baseUrl,
    itemsKey: spec.pluralKey,
    style: spec.pagination ?? "links",
    markerField: spec.markerField ?? spec.idField ?? "id",
    itemKey: spec.listItemKey,
    linksKey: spec.linksKey,
    restoreFilters: spec.nextLinksDropFilters,
    limit,
    maxItems,
    fetchPage: async (url) => {
      const response = await client.get(url, headers ? { signal, microversion, headers } : { signal, microversion });
      return { body: await response.json(), headers: response.headers };
    },
    parse: (raw, url, index) => parseListItem<T>(spec, raw, url, index, onInvalid),
    onTruncated: (url) =>
      client.session.logger?.warn?.(
        `${url}: the server truncated the list (its list_limit); some ${spec.plural} are missing`,
      ),
  });
}

/** What a list's options hold, besides its service's header options. */
const LIST_OPTIONS = ["signal", "limit", "maxItems", "onInvalidItem"];

/** A plain field filter: any string, number or boolean (appendDeclared checks that much). */
const ANY_VALUE = v.unknown();

function appendQuery(params: URLSearchParams, spec: ResourceSpec, what: string, key: string, value: unknown): void {
  if (value === undefined) return;
  const filter = spec.filters && Object.hasOwn(spec.filters, key) ? spec.filters[key] : undefined;
  if (!filter && !spec.query?.includes(key)) {
    const known = [...(spec.query ?? []), ...Object.keys(spec.filters ?? {})];
    throw new InvalidArgumentError(`${what} has no filter '${key}'; known: ${known.join(", ") || "none"}`);
  }
  appendDeclared(params, what, "filter", key, value, filter ?? ANY_VALUE, spec.flags?.includes(key));
}

/**
 * GET one item by id, with the query parameters the API documents on it (`getQuery`);
 * any other option is refused by name. A missing item is `NotFoundError`.
 */
export async function get<T>(
  spec: ResourceSpec,
  target: SessionOrClient,
  ref: Ref,
  options: Args & { signal?: AbortSignal | undefined } = {},
): Promise<T> {
  const { signal, ...args } = options;
  const what = methodName(spec, "get");
  // Checked before the microversion, which may authenticate: a bad id or option sends nothing.
  refuseUnknownOptions(spec.service, what, args, [...itemOptionNames(spec), ...Object.keys(spec.getQuery ?? {})]);
  const headers = callHeadersOf(spec.service, what, args);
  // Header options land in `rest`, which itemQueryOf reads only for getQuery's names.
  const { parents, rest } = splitParents(spec, args, ref);
  const path = itemPath(spec, parents, ref);
  const query = itemQueryOf(what, spec.getQuery, spec.flags, rest);
  const client = clientFor(target, spec.service);
  const microversion = await client.microversion({ sdkMax: spec.maxMicroversion, what, signal });
  checkMicroversionBounds(spec, what, query.keys(), microversion);
  const response = await client.get(path, {
    signal,
    microversion,
    ...(headers && { headers }),
    ...(query.size > 0 && { searchParams: query }),
  });
  // An item of selected fields lacks the others, required or not.
  const shape = query.has(FIELD_SELECTION) ? { schema: selectedFieldsSchema(spec.schema) } : spec;
  return parseRecord<T>(
    shape,
    unwrap(await response.json(), spec.key, response.url || path),
    response.url || path,
    spec.key ?? spec.singular,
  );
}

/**
 * openstacksdk's find: GET by id first; failing that, list filtered by name (when the API
 * filters by name) and keep items whose id or name is exactly `nameOrId`. One match is
 * returned, none gives `null` (or `NotFoundError` with `ignoreMissing: false`), several
 * are a `DuplicateResourceError`.
 */
export async function find<T>(
  spec: ResourceSpec,
  target: SessionOrClient,
  nameOrId: string,
  options: Args & { signal?: AbortSignal | undefined; ignoreMissing?: boolean } = {},
): Promise<T | null> {
  const { ignoreMissing = true, signal, ...given } = options;
  const what = methodName(spec, "find");
  if (typeof nameOrId !== "string" || nameOrId === "") {
    throw new InvalidArgumentError(`${what} needs a name or id, got ${describeArgument(nameOrId)}`);
  }
  // The list checks its filters only when it runs; a hit by id must not drop them unchecked.
  refuseUnknownOptions(spec.service, what, given, [
    ...itemOptionNames(spec),
    "ignoreMissing",
    // Any list's paging in the query (see pageQuery): find walks the whole list anyway.
    "limit",
    "marker",
    ...(spec.query ?? []),
    ...Object.keys(spec.filters ?? {}),
  ]);
  callHeadersOf(spec.service, what, given);
  const { headerOptions, rest: filters } = splitCallHeaders(spec.service, given);
  if (spec.verbs.includes("get") && isIdShaped(nameOrId, spec.idType)) {
    try {
      const { parents } = splitParents(spec, filters);
      return await get<T>(spec, target, nameOrId, { ...parents, ...headerOptions, signal });
    } catch (error) {
      // Some services answer 400 or 403 for an id they do not recognise.
      if (!(error instanceof NotFoundError || error instanceof BadRequestError || error instanceof ForbiddenError))
        throw error;
    }
  }
  const nameField = spec.nameField ?? "name";
  const query: Record<string, unknown> = { ...filters };
  if (spec.query?.includes(nameField) && query[nameField] === undefined) query[nameField] = nameOrId;
  const matches: T[] = [];
  for await (const item of list<T>(spec, target, query, { ...headerOptions, signal })) {
    const fields = item as Record<string, unknown>;
    if (fields[spec.idField ?? "id"] === nameOrId || fields[nameField] === nameOrId) matches.push(item);
  }
  if (matches.length > 1) {
    const ids = matches.map((m) => describeRef(spec, m)).join(", ");
    throw new DuplicateResourceError(`${matches.length} ${spec.plural} match '${nameOrId}' (${ids}); use an id`);
  }
  if (matches[0] !== undefined) return matches[0];
  if (ignoreMissing) return null;
  throw new NotFoundError({
    status: 404,
    method: "GET",
    url: spec.path,
    serverMessage: `No ${spec.singular} matches '${nameOrId}'`,
  });
}

/** A name with `/` (or `.`/`..`, or not digits where ids are integers) cannot be an id: skip the GET, go straight to the list. */
function isIdShaped(value: string, idType: IdType | undefined): boolean {
  if (idType === "integer" && !/^\d+$/.test(value)) return false;
  return value !== "." && value !== ".." && !value.includes("/");
}

/** The first page's URL; parsed and rebuilt only when it has a query to take (most lists have none). */
function firstPageUrl(
  url: string,
  listQuery: Readonly<Record<string, string>> | undefined,
  filters: URLSearchParams,
  limit: number | undefined,
  marker: string | number | undefined,
): string {
  if (listQuery === undefined && filters.keys().next().done && limit === undefined && marker === undefined) return url;
  const first = new URL(url);
  for (const [key, value] of Object.entries(listQuery ?? {})) first.searchParams.set(key, value);
  for (const [key, value] of filters) first.searchParams.append(key, value);
  if (limit !== undefined) first.searchParams.set("limit", String(limit));
  if (marker !== undefined) first.searchParams.set("marker", String(marker));
  return first.toString();
}
