import type { ActionSpec } from "@openstack-ts/core";
import * as v from "valibot";

/** What listServerTags and replaceServerTags answer. */
export const ServerTags = v.looseObject({ tags: v.array(v.string()) });
export type ServerTags = v.InferOutput<typeof ServerTags>;

const ALL = "servers/{server}/tags";
const ONE = "servers/{server}/tags/{tag}";

/** A server's tags (microversion 2.26). Lists filter by them with `tags`, `tags-any`, `not-tags`, `not-tags-any`. */
export const serverTagActions = {
  /** Answers {@link ServerTags}. */
  listServerTags: { method: "GET", path: ALL, returns: "json", requires: "2.26" },
  /** Replaces every tag; answers {@link ServerTags}. */
  replaceServerTags: {
    method: "PUT",
    path: ALL,
    body: (args: { tags: readonly string[] }) => ({ tags: args.tags }),
    returns: "json",
    requires: "2.26",
  },
  /** Adds one tag (nothing happens if it is there). */
  addServerTag: { method: "PUT", path: ONE, requires: "2.26" },
  /** True when the server has the tag. */
  checkServerTag: { method: "GET", path: ONE, returns: "exists", requires: "2.26" },
  /** A tag that is not there is a NotFoundError. */
  removeServerTag: { method: "DELETE", path: ONE, requires: "2.26" },
  removeAllServerTags: { method: "DELETE", path: ALL, requires: "2.26" },
} as const satisfies Readonly<Record<string, ActionSpec>>;
