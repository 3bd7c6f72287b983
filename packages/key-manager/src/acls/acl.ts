import { clientFor, fillPath, InvalidArgumentError, type SessionOrClient } from "@openstack-ts/core";
import * as v from "valibot";
import { keyManagerService } from "../descriptor.js";
import { parsed } from "../parsed.js";
import { idOfRef, type RefKind } from "../refs/ref.js";

/** Who may do one operation: the users named, and (with `project-access`, the default) the owning project's members. */
export const AclRule = v.looseObject({
  users: v.optional(v.array(v.string())),
  "project-access": v.optional(v.boolean()),
  created: v.optional(v.string()),
  updated: v.optional(v.string()),
});
export type AclRule = v.InferOutput<typeof AclRule>;

/** A secret's or container's ACL, by operation (Barbican has one: `read`). */
export const Acl = v.looseObject({ read: v.optional(AclRule) });
export type Acl = v.InferOutput<typeof Acl>;

/** What an ACL is set to: per operation, the users and whether the project keeps access. */
export interface AclInput {
  read?: { users?: readonly string[]; "project-access"?: boolean };
}

type Call = { signal?: AbortSignal };

function aclPath(kind: RefKind, item: unknown, what: string): string {
  return fillPath(`${kind}/{id}/acl`, { id: idOfRef(kind, item, `${what}: ${kind.slice(0, -1)}`) });
}

/** The ACL (`GET …/acl`). */
export async function getAcl(kind: RefKind, what: string, target: SessionOrClient, item: unknown, options: Call = {}) {
  const client = clientFor(target, keyManagerService);
  const response = await client.get(aclPath(kind, item, what), { signal: options.signal });
  return parsed(Acl, await response.json(), response.url);
}

/**
 * Sets the ACL: `PUT` replaces it (an operation left out loses its users), `PATCH` changes
 * only what is given. Returns the ACL as it then is (one GET; Barbican answers only a ref).
 */
export async function writeAcl(
  method: "PUT" | "PATCH",
  kind: RefKind,
  what: string,
  target: SessionOrClient,
  item: unknown,
  acl: AclInput,
  options: Call = {},
): Promise<Acl> {
  if (typeof acl !== "object" || acl === null)
    throw new InvalidArgumentError(`${what} takes an ACL object ({ read: { users, "project-access" } })`);
  const client = clientFor(target, keyManagerService);
  const path = aclPath(kind, item, what);
  await client.request(method, path, { json: acl, signal: options.signal });
  return getAcl(kind, what, client, item, options);
}

/** Removes the ACL (`DELETE …/acl`): the defaults again, project access and no users. */
export async function deleteAcl(
  kind: RefKind,
  what: string,
  target: SessionOrClient,
  item: unknown,
  options: Call = {},
) {
  const client = clientFor(target, keyManagerService);
  await client.delete(aclPath(kind, item, what), { signal: options.signal });
}
