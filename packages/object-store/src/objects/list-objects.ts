import {
  clientFor,
  InvalidArgumentError,
  invalidItemReporter,
  joinUrl,
  ListResult,
  pageQuery,
  parseListItem,
  deferredWalker,
  walkPages,
  type ListOptions,
  type PageWalker,
  type SessionOrClient,
} from "@openstack-ts/core";
import { containerSegment, type ContainerRef } from "../paths.js";
import { objectStoreService } from "../descriptor.js";
import { ObjectEntry } from "./object.js";

/** Filters of an object listing, by their wire names. */
export interface ObjectListQuery {
  /** Only names starting with this. */
  prefix?: string;
  /** Roll names up to this character into `subdir` entries (pseudo-folders), e.g. `/`. */
  delimiter?: string;
  /** Start after this name. */
  marker?: string;
  /** Stop before this name. */
  end_marker?: string;
  /** Newest name first. */
  reverse?: boolean;
  /** Page size, as in every list (the same as the `limit` option). */
  limit?: number;
}

const FILTERS = ["prefix", "delimiter", "marker", "end_marker", "reverse", "limit"];

/**
 * The objects of a container, page by page (`?format=json`, then `marker` = the last
 * name). Lazy like every list: `await` it for an array, `for await` it for entries as pages
 * arrive. With a `delimiter`, pseudo-folders come as `{subdir}` entries, and a page that
 * ends on one continues after it (core's resource lists page by a single field, which a
 * `subdir` entry lacks, hence this function).
 */
export function listObjects(
  target: SessionOrClient,
  container: ContainerRef,
  query: ObjectListQuery = {},
  options: ListOptions = {},
): ListResult<ObjectEntry> {
  const path = containerSegment(container);
  for (const key of Object.keys(query)) {
    if (!FILTERS.includes(key))
      throw new InvalidArgumentError(`listObjects has no filter '${key}'; known: ${FILTERS.join(", ")}`);
  }
  return new ListResult(() => deferredWalker(() => pages(target, path, query, options)));
}

async function pages(
  target: SessionOrClient,
  path: string,
  query: ObjectListQuery,
  options: ListOptions,
): Promise<PageWalker<ObjectEntry>> {
  const client = clientFor(target, objectStoreService);
  const { signal, maxItems, onInvalidItem } = options;
  const { limit, marker, others } = pageQuery("listObjects", query as Record<string, unknown>, options.limit);
  const { url: baseUrl } = await client.endpoint(signal);
  const first = new URL(joinUrl(baseUrl, path));
  first.searchParams.set("format", "json");
  for (const [key, value] of Object.entries({ ...others, marker }))
    if (value !== undefined) first.searchParams.set(key, String(value));
  if (limit !== undefined) first.searchParams.set("limit", String(limit));
  // An entry that matches neither shape is kept and reported, as in every list.
  const onInvalid = invalidItemReporter(client.session.logger, "listObjects", onInvalidItem);
  return walkPages<ObjectEntry>({
    firstUrl: first.toString(),
    baseUrl,
    itemsKey: undefined,
    style: "marker",
    // Each entry is wrapped with the name it pages by: an object's name, a pseudo-folder's subdir.
    markerField: "marker",
    limit,
    maxItems,
    fetchPage: async (url) => {
      const response = await client.get(url, { signal });
      const body: unknown = response.status === 204 ? [] : await response.json();
      const wrapped = Array.isArray(body)
        ? body.map((item: { name?: unknown; subdir?: unknown } | null) => ({
            marker: item?.name ?? item?.subdir,
            item,
          }))
        : body;
      return { body: wrapped, headers: response.headers };
    },
    parse: (raw, url, index) =>
      parseListItem<ObjectEntry>({ schema: ObjectEntry }, (raw as { item: unknown }).item, url, index, onInvalid),
  });
}
