import type { ActionSpec } from "@openstack-ts/core";
import * as v from "valibot";
import { Metadata } from "../common.js";

/** What the metadata calls answer: `{ metadata }` for the whole set, `{ meta }` for one item. */
export const ServerMetadata = v.looseObject({ metadata: Metadata });
export const ServerMetadataItem = v.looseObject({ meta: Metadata });

const ALL = "servers/{server}/metadata";
const ONE = "servers/{server}/metadata/{key}";

/** A server's metadata, as a whole and item by item (openstacksdk's names, plus replace and the single-item calls). */
export const serverMetadataActions = {
  /** Answers {@link ServerMetadata}. */
  getServerMetadata: { method: "GET", path: ALL, returns: "json" },
  /** Adds or changes the given items, keeping the others (POST); answers the whole set. */
  setServerMetadata: {
    method: "POST",
    path: ALL,
    body: (args: { metadata: Readonly<Record<string, string>> }) => ({ metadata: args.metadata }),
    returns: "json",
  },
  /** Replaces the whole set (PUT); answers it. */
  replaceServerMetadata: {
    method: "PUT",
    path: ALL,
    body: (args: { metadata: Readonly<Record<string, string>> }) => ({ metadata: args.metadata }),
    returns: "json",
  },
  /** Answers {@link ServerMetadataItem}; a missing key is a NotFoundError. */
  getServerMetadataItem: { method: "GET", path: ONE, returns: "json" },
  /** Sets one item; answers it. */
  setServerMetadataItem: {
    method: "PUT",
    path: ONE,
    body: (args: { key: string; value: string }) => ({ meta: { [args.key]: args.value } }),
    returns: "json",
  },
  deleteServerMetadataItem: { method: "DELETE", path: ONE },
} as const satisfies Readonly<Record<string, ActionSpec>>;
