import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { databaseService } from "../descriptor.js";
import { type IdRef, PAGINATION } from "../shared.js";

/** A database user on an instance: its name, the host it may connect from, its databases. */
export const User = v.looseObject({
  name: v.string(),
  /** `%` (anywhere) unless given. */
  host: v.optional(v.string()),
  databases: v.optional(v.array(v.looseObject({ name: v.string() }))),
});

/** A user a create makes (the password is sent, never answered). */
export interface NewUser {
  readonly name: string;
  readonly password: string;
  readonly host?: string;
  readonly databases?: readonly { readonly name: string }[];
}

/**
 * The users of an instance (`instance_id`), by name. Created several at once
 * (`createUsers`, 202 without a body); `updateUserAttributes` renames one or changes its
 * password or host. The guest agent does the work: Trove refuses (422) until the instance is
 * ACTIVE.
 */
export const users = defineResource({
  service: databaseService,
  path: "instances/{instance_id}/users",
  singular: "User",
  plural: "Users",
  key: "user",
  pluralKey: "users",
  schema: User,
  idField: "name",
  verbs: ["list", "get", "delete"],
  pagination: PAGINATION,
  markerField: "name",
  actions: {
    createUsers: {
      method: "POST",
      path: "instances/{instance}/users",
      body: (a: { instance: IdRef; users: readonly NewUser[] }) => ({ users: a.users }),
    },
    updateUserAttributes: {
      method: "PUT",
      path: "instances/{instance}/users/{user}",
      idField: "name",
      body: (a: { instance: IdRef; user: string; name?: string; password?: string; host?: string }) => {
        const { instance: _, user: __, ...change } = a;
        return { user: change };
      },
    },
  },
});
export type User = Item<typeof users>;
