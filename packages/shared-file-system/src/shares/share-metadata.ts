import * as v from "valibot";
import { MANILA_MAX, Metadata } from "../shared.js";

const ALL = "shares/{share}/metadata";
const ONE = "shares/{share}/metadata/{key}";

/** `{ metadata }`: a share's whole set; `{ meta }`: one item. */
const ShareMetadata = v.looseObject({ metadata: Metadata });
const ShareMetadataItem = v.looseObject({ meta: Metadata });
const body = (a: { metadata: Readonly<Record<string, string>> }) => ({ metadata: a.metadata });

/** A share's metadata, whole and item by item, as openstacksdk names the calls. */
export const shareMetadataActions = {
  getShareMetadata: {
    method: "GET",
    path: ALL,
    returns: "json",
    resultKey: "metadata",
    schema: Metadata,
    maxMicroversion: MANILA_MAX,
  },
  /** One item; a missing key is a NotFoundError. */
  getShareMetadataItem: {
    method: "GET",
    path: ONE,
    returns: "json",
    resultKey: "meta",
    schema: ShareMetadataItem.entries.meta,
    maxMicroversion: MANILA_MAX,
  },
  /** Adds or changes the given items, keeping the others (POST); answers the whole set. */
  createShareMetadata: {
    method: "POST",
    path: ALL,
    body,
    returns: "json",
    resultKey: "metadata",
    schema: Metadata,
    maxMicroversion: MANILA_MAX,
  },
  /** Replaces the whole set with the given items (PUT); answers it. */
  updateShareMetadata: {
    method: "PUT",
    path: ALL,
    body,
    returns: "json",
    resultKey: "metadata",
    schema: ShareMetadata.entries.metadata,
    maxMicroversion: MANILA_MAX,
  },
  /** Removes one item. */
  deleteShareMetadata: { method: "DELETE", path: ONE, maxMicroversion: MANILA_MAX },
} as const;
