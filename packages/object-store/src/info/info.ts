import { clientFor, ResponseValidationError, type SessionOrClient } from "@openstack-ts/core";
import * as v from "valibot";
import { objectStoreService } from "../descriptor.js";

const count = v.optional(v.number());

/** What `/info` says about the cluster, as Swift names it; each middleware adds its own section. */
export const ObjectStoreInfo = v.looseObject({
  swift: v.looseObject({
    version: v.optional(v.string()),
    max_file_size: count,
    max_object_name_length: count,
    max_container_name_length: count,
    max_meta_name_length: count,
    max_meta_value_length: count,
    max_meta_count: count,
    max_meta_overall_size: count,
    container_listing_limit: count,
    account_listing_limit: count,
    policies: v.optional(
      v.array(v.looseObject({ name: v.string(), aliases: v.optional(v.string()), default: v.optional(v.boolean()) })),
    ),
  }),
  slo: v.optional(v.looseObject({ max_manifest_segments: count, max_manifest_size: count, min_segment_size: count })),
  tempurl: v.optional(
    v.looseObject({ methods: v.optional(v.array(v.string())), allowed_digests: v.optional(v.array(v.string())) }),
  ),
  bulk_delete: v.optional(v.looseObject({ max_deletes_per_request: count, max_failed_deletes: count })),
  bulk_upload: v.optional(v.looseObject({})),
});
export type ObjectStoreInfo = v.InferOutput<typeof ObjectStoreInfo>;

/**
 * Where `/info` lives: beside the API version in the endpoint's path
 * (`https://host/v1/AUTH_x` → `https://host/info`; `https://host/swift/v1/AUTH_x` →
 * `https://host/swift/info`), else at the origin.
 */
export function infoUrl(endpoint: string): string {
  const url = new URL(endpoint);
  const match = /^(.*?)\/v1(?:\/.*)?$/.exec(url.pathname);
  return `${url.origin}${match ? match[1] : ""}/info`;
}

type Cache = Map<string, Promise<ObjectStoreInfo>>;

/**
 * The cluster's capabilities (`GET /info`, sent without the token: it is public). Fetched
 * once per session and endpoint, since uploads and deletes consult it; a failure is not
 * remembered. `refresh` asks again.
 */
export async function getObjectStoreInfo(
  target: SessionOrClient,
  options: { signal?: AbortSignal; refresh?: boolean } = {},
): Promise<ObjectStoreInfo> {
  const client = clientFor(target, objectStoreService);
  const { url: endpoint } = await client.endpoint(options.signal);
  const url = infoUrl(endpoint);
  const cache = client.session.perSession<Cache>("object-store:info", () => new Map());
  let pending = options.refresh ? undefined : cache.get(url);
  if (!pending) {
    pending = client
      .get(url, { anonymous: true, signal: options.signal })
      .json()
      .then((body) => {
        const parsed = v.safeParse(ObjectStoreInfo, body);
        if (parsed.success) return parsed.output;
        const field = parsed.issues[0].path?.map((p) => String(p.key)).join(".") ?? "";
        throw new ResponseValidationError({
          url,
          field,
          problem: `is ${parsed.issues[0].received}, expected ${parsed.issues[0].expected ?? "something else"}`,
        });
      });
    cache.set(url, pending);
    pending.catch(() => cache.get(url) === pending && cache.delete(url));
  }
  return pending;
}

/** `/info`, or undefined when the cluster does not publish it (disabled, or forbidden): callers then assume Swift's defaults. */
export async function infoIfAvailable(
  target: SessionOrClient,
  signal?: AbortSignal,
): Promise<ObjectStoreInfo | undefined> {
  try {
    return await getObjectStoreInfo(target, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    const status = (error as { status?: number }).status;
    if (status === 404 || status === 403 || status === 401 || status === 412) return undefined;
    throw error;
  }
}
