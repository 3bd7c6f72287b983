// The second Keystone of the loopback cloud (e2e/cloud/services/keystone-short.sh): same
// database and keys as the first, but its tokens live seconds, so a test can make one
// really expire in the middle of an operation.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Connection } from "@openstack-ts/openstack";
import { admin, STATE } from "./cloud.js";

export const SHORT_AUTH_URL = "http://127.0.0.1:35357/v3";

/** The admin, logged in at the short-token Keystone. */
export const shortLived = { ...admin, authUrl: SHORT_AUTH_URL };

/** When the connection's current token expires (it must have one). */
export function expiryOf(conn: Connection): number {
  const expiresAt = conn.session.tokens.current?.expiresAt;
  if (!expiresAt) throw new Error("the connection holds no token with an expiry");
  return expiresAt.getTime();
}

/** Whether Keystone still accepts `token`, asked with `checker`'s own token. */
export async function keystoneAccepts(checker: Connection, token: string): Promise<boolean> {
  const response = await fetch(`${admin.authUrl}/auth/tokens`, {
    method: "HEAD",
    headers: { "X-Auth-Token": await checker.authorize(), "X-Subject-Token": token },
  });
  if (response.status !== 200 && response.status !== 404)
    throw new Error(`Keystone answered ${response.status} to a token check`);
  return response.status === 200;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** `data` as a stream that takes until `until` (epoch ms) to give its last piece. */
export function slowStream(data: Uint8Array, until: number, pieces = 40): ReadableStream<Uint8Array> {
  const piece = Math.ceil(data.length / pieces);
  let at = 0;
  return new ReadableStream({
    async pull(controller) {
      if (at >= data.length) return controller.close();
      await sleep((until - Date.now()) / Math.ceil((data.length - at) / piece));
      controller.enqueue(data.slice(at, at + piece));
      at += piece;
    },
  });
}

/**
 * Makes sure `container` of `account` lists `count` rows (item-000000 …), with Swift's own
 * ContainerBroker (support/swift-listing-rows.py says why); the container must exist.
 * Returns the container's object count.
 */
export function fillListing(account: string, container: string, count: number): number {
  const script = fileURLToPath(new URL("swift-listing-rows.py", import.meta.url));
  const out = execFileSync("/usr/bin/python3", [script, fileURLToPath(STATE), account, container, String(count)], {
    encoding: "utf8",
  });
  return Number(out.trim());
}

/** The name of row `i` of a filled listing. */
export const rowName = (i: number) => `item-${String(i).padStart(6, "0")}`;

/** The admin's container that lists WALK_ROWS rows, kept between runs (filling takes seconds, emptying minutes). */
export const WALK_CONTAINER = "token-expiry-walk";
export const WALK_ROWS = 100_000;

/** Makes the walk's listing exist; `conn` is the admin's. */
export async function ensureWalkListing(conn: Connection): Promise<void> {
  await conn.objectStore.createContainer(WALK_CONTAINER);
  await conn.authorize();
  const project = conn.session.tokens.current?.project?.id;
  if (!project) throw new Error("the admin token has no project");
  const rows = fillListing(`AUTH_${project}`, WALK_CONTAINER, WALK_ROWS);
  if (rows < WALK_ROWS) throw new Error(`the walk's container lists ${rows} rows, not ${WALK_ROWS}`);
}
