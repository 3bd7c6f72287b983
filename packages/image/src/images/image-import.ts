import type { ActionSpec } from "@openstack-ts/core";
import * as v from "valibot";

/** Glance's interoperable import methods (which a cloud offers: `getImportInfo`). */
export type ImportMethod = "glance-direct" | "web-download" | "copy-image" | "glance-download";

/** What `importImage` sends, besides `image`: the method and its parameters, by their wire names. */
export interface ImportImageArgs {
  method: ImportMethod;
  /** web-download: the URL Glance fetches the data from. */
  uri?: string;
  /** glance-download: the image to copy from another region's Glance. */
  glance_image_id?: string;
  glance_region?: string;
  glance_service_interface?: string;
  /** Stores to import into (multi-store clouds); or all of them with `all_stores`. */
  stores?: readonly string[];
  all_stores?: boolean;
  /** With several stores: fail the import when one store fails (Glance's default is true). */
  all_stores_must_succeed?: boolean;
}

function importBody(args: ImportImageArgs): unknown {
  const {
    method,
    uri,
    glance_image_id,
    glance_region,
    glance_service_interface,
    stores,
    all_stores,
    all_stores_must_succeed,
  } = args;
  return withoutUndefined({
    method: withoutUndefined({ name: method, uri, glance_image_id, glance_region, glance_service_interface }),
    stores,
    all_stores,
    all_stores_must_succeed,
  });
}

function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

/** `GET /v2/info/import`: the import methods this cloud offers, in `["import-methods"].value`. */
export const ImportInfo = v.looseObject({
  "import-methods": v.looseObject({
    description: v.optional(v.string()),
    type: v.optional(v.string()),
    value: v.array(v.string()),
  }),
});
export type ImportInfo = v.InferOutput<typeof ImportInfo>;

/**
 * The interoperable image import (Image API 2.6+). `importImage` answers 202 at once; the
 * image becomes `importing`, then `active` (wait with `waitForImage`) or, on failure, back
 * to `queued` with the failed stores in `os_glance_failed_import`.
 */
export const importActions = {
  importImage: { method: "POST", path: "images/{image}/import", body: importBody },
  /** The import methods the cloud offers; the body parses with the `ImportInfo` schema. */
  getImportInfo: { method: "GET", path: "info/import", returns: "json" },
} as const satisfies Record<string, ActionSpec>;
