import { defineResource } from "@openstack-ts/core";
import * as v from "valibot";
import { networkService } from "../descriptor.js";

/**
 * The collections Neutron tags (standard-attr-tag), as `resourceType`. Newer Neutrons tag
 * more (address scopes, address groups, …); any collection name is accepted.
 */
export const taggableResourceTypes = [
  "networks",
  "subnets",
  "ports",
  "routers",
  "floatingips",
  "security-groups",
  "subnetpools",
  "trunks",
  // QoS policies: the tags API names them by their bare collection name.
  "policies",
  "network_segment_ranges",
] as const;

/** What getTags and setTags answer. */
export const Tags = v.looseObject({ tags: v.array(v.string()) });

const ALL = "{resourceType}/{resource}/tags";
const ONE = "{resourceType}/{resource}/tags/{tag}";

/**
 * The tags API, one set of actions for every taggable resource: `resourceType` is the
 * collection (see {@link taggableResourceTypes}), `resource` an id or the resource. Lists
 * filter by tags with `tags`, `tags-any`, `not-tags` and `not-tags-any`.
 */
export const tags = defineResource({
  service: networkService,
  path: ALL,
  singular: "Tag",
  plural: "Tags",
  schema: Tags,
  // Tags are not items: only the actions below.
  verbs: [],
  actions: {
    /** GET …/tags: `{ tags }` (openstacksdk's fetch_tags). */
    getTags: { method: "GET", path: ALL, returns: "json" },
    /** PUT …/tags: replaces every tag; answers `{ tags }`. */
    setTags: {
      method: "PUT",
      path: ALL,
      body: (args: { tags: readonly string[] }) => ({ tags: args.tags }),
      returns: "json",
    },
    /** DELETE …/tags. */
    removeAllTags: { method: "DELETE", path: ALL },
    /** PUT …/tags/{tag}: adds one tag (nothing happens if it is there). */
    addTag: { method: "PUT", path: ONE },
    /** DELETE …/tags/{tag}: a tag that is not there is a NotFoundError. */
    removeTag: { method: "DELETE", path: ONE },
    /** GET …/tags/{tag}: true when the resource has the tag. */
    checkTag: { method: "GET", path: ONE, returns: "exists" },
  },
});
