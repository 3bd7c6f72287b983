import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { imageService } from "../descriptor.js";

/** A project an image is shared with, and whether that project accepted it. */
export const Member = v.looseObject({
  member_id: v.string(),
  image_id: v.string(),
  status: v.picklist(["pending", "accepted", "rejected"]),
  created_at: v.string(),
  updated_at: v.string(),
  schema: v.string(),
  /**
   * Request only: the project to share with, on create. Glance calls it `member` there and
   * answers with `member_id` (its schema's `member_id` is not accepted on create).
   */
  member: v.optional(v.string()),
});

/**
 * Image members (sharing), under `images/{image_id}/members`: the owner adds a project
 * (`createMember({ image_id, member })`) to an image whose visibility is `shared`; that
 * project then accepts or rejects it (`updateMember(member, { status })`). Each member is
 * addressed by its `member_id`, the project id.
 */
export const members = defineResource({
  service: imageService,
  path: "images/{image_id}/members",
  singular: "Member",
  plural: "Members",
  pluralKey: "members",
  idField: "member_id",
  schema: Member,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  pagination: "none",
  required: ["member"],
  readOnly: ["member_id", "image_id", "created_at", "updated_at", "schema"],
  createOnly: ["member"],
});

/** A Member as the API returns it. */
export type Member = Item<typeof members>;
