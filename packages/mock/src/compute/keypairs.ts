import { ApiError } from "../engine/api-error.js";
import type { CollectionSpec } from "../engine/collection.js";
import { md5Hex } from "../engine/md5.js";
import { microseconds } from "../engine/time.js";
import type { Ctx, Row } from "../engine/types.js";
import { since } from "./nova.js";

const toBase64 = (bytes: Uint8Array) => btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(""));

function fromBase64(text: string): Uint8Array | undefined {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** The MD5 fingerprint of an OpenSSH public key's blob, `aa:0c:53:…`, as Nova computes it. */
function fingerprintOf(publicKey: string): string {
  const blob = fromBase64(publicKey.trim().split(/\s+/)[1] ?? "");
  if (!/^(ssh-|ecdsa-)/.test(publicKey) || !blob || blob.byteLength === 0) {
    throw new ApiError(400, "Keypair data is invalid: failed to generate fingerprint");
  }
  return md5Hex(blob).match(/../g)!.join(":");
}

/**
 * A made-up key pair in OpenSSH and PEM framing. Not a usable key: the fake cloud never
 * boots anything to log in to, so random bytes stand in for the RSA numbers.
 */
function generated(): { publicKey: string; privateKey: string } {
  const random = (count: number) => globalThis.crypto.getRandomValues(new Uint8Array(count));
  const header = new Uint8Array([0, 0, 0, 7, ...new TextEncoder().encode("ssh-rsa")]);
  const publicKey = `ssh-rsa ${toBase64(new Uint8Array([...header, ...random(271)]))} Generated-by-Nova`;
  const body = toBase64(random(1190))
    .match(/.{1,64}/g)!
    .join("\n");
  return { publicKey, privateKey: `-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----\n` };
}

const listed = (item: Row, ctx: Ctx): Row => ({
  name: item["name"],
  public_key: item["public_key"],
  fingerprint: item["fingerprint"],
  ...(since(ctx, "2.2") && { type: item["type"] }),
});

/** Nova's key pairs: a user's, named by name, each listed inside its own `keypair` envelope. */
export const keypairs: CollectionSpec = {
  state: "keypairs",
  path: "v2.1/os-keypairs",
  key: "keypair",
  pluralKey: "keypairs",
  listItemKey: "keypair",
  idField: "name",
  verbs: ["list", "get", "create", "delete"],
  paging: "nova",
  unknownFilters: "ignore",
  filters: { user_id: "exact" },
  access: { owner: ["user_id"], ownedBy: "user", admin: "all_tenants" },
  notFound: (name, ctx) =>
    new ApiError(404, `Keypair ${name} not found for user ${ctx?.query.get("user_id") ?? ctx?.auth?.userId ?? ""}`),
  statuses: (ctx) => (since(ctx, "2.2") ? { create: 201, delete: 204 } : { create: 200, delete: 202 }),
  hidden: ["private_key"],
  build: (input, ctx) => {
    const name = input["name"];
    if (typeof name !== "string" || !/^[\w\- .@]{1,255}$/.test(name)) {
      throw new ApiError(400, "Keypair data is invalid: Keypair name contains unsafe characters");
    }
    if (ctx.cloud.state.keypairs.some((k) => k["user_id"] === input["user_id"] && k["name"] === name))
      throw new ApiError(409, `Key pair '${name}' already exists.`);
    const made = input["public_key"] === undefined ? generated() : undefined;
    const publicKey = String(input["public_key"] ?? made!.publicKey);
    const id = Math.max(0, ...ctx.cloud.state.keypairs.map((k) => Number(k["id"]) || 0)) + 1;
    return {
      name,
      public_key: publicKey,
      fingerprint: fingerprintOf(publicKey),
      type: input["type"] ?? "ssh",
      user_id: input["user_id"],
      created_at: microseconds(ctx.cloud.now()),
      deleted: false,
      deleted_at: null,
      id,
      updated_at: null,
      ...(made && { private_key: made.privateKey }),
    };
  },
  view: (item, ctx) => {
    const { private_key: _private, type, ...rest } = item;
    return { ...rest, ...(since(ctx, "2.2") && { type }) };
  },
  // The private key of a generated pair is shown once, in the create's answer.
  createdView: (item, ctx) => ({
    ...listed(item, ctx),
    user_id: item["user_id"],
    ...(item["private_key"] !== undefined && { private_key: item["private_key"] }),
  }),
  listView: listed,
};
