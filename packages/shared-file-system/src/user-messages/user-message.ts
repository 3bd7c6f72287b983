import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { sharedFileSystemService } from "../descriptor.js";
import { links, MANILA_MAX, manilaSort, maybeString } from "../shared.js";

/** A user message (2.37): why an asynchronous request failed, told to the project. */
export const UserMessage = v.looseObject({
  id: v.string(),
  resource_type: v.string(),
  resource_id: maybeString,
  action_id: v.string(),
  detail_id: v.string(),
  message_level: v.string(),
  user_message: v.string(),
  request_id: maybeString,
  project_id: v.optional(v.string()),
  created_at: maybeString,
  expires_at: maybeString,
  links,
});

/** User messages: listed, read and deleted (they expire by themselves). */
export const userMessages = defineResource({
  service: sharedFileSystemService,
  path: "messages",
  singular: "UserMessage",
  plural: "UserMessages",
  key: "message",
  pluralKey: "messages",
  schema: UserMessage,
  verbs: ["list", "get", "delete"],
  query: ["resource_type", "resource_id", "action_id", "detail_id", "message_level", "request_id"],
  filters: { ...manilaSort, created_since: v.string(), created_before: v.string() },
  microversionBounds: { created_since: { addedIn: "2.52" }, created_before: { addedIn: "2.52" } },
  pagination: "offset",
  maxMicroversion: MANILA_MAX,
});
export type UserMessage = Item<typeof userMessages>;
