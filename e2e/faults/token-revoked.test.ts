// The long operations of token-expiry.test.ts, with the token revoked at Keystone for real
// in the middle of each (the proxy's `revoke-token` fault), so the service's 401 comes
// while the client still believes its token good: the re-authentication after a 401 must
// carry the operation on from where it was, or, for a stream it cannot send twice, say so
// and leave the next call a fresh token.
import { Connection, UnauthorizedError } from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, uniqueName } from "../support/cloud.js";
import { randomImageData, streamOf } from "../support/image-streams.js";
import { ensureWalkListing, rowName, sleep, WALK_CONTAINER, WALK_ROWS } from "../support/short-tokens.js";
import { FaultProxy, type Seen } from "./proxy.js";

const GLANCE = 9292;
const SWIFT = 8080;
const LOGINS = /^\/v3\/auth\/tokens$/;

const direct = new Connection(admin);
const images: string[] = [];
let proxy: FaultProxy;

beforeAll(async () => {
  proxy = await FaultProxy.start([5000, GLANCE, SWIFT]);
  await ensureWalkListing(direct);
});
afterAll(async () => {
  await proxy?.close();
  for (const id of images) await direct.image.deleteImage(id).catch(() => undefined);
});

/** A connection through the proxy that has logged in; the proxy has forgotten what it saw, that login too. */
async function through(): Promise<Connection> {
  const conn = new Connection({ ...admin, authUrl: proxy.authUrl });
  await conn.authorize();
  proxy.reset();
  return conn;
}

async function queuedImage(conn: Connection, what: string) {
  const image = await conn.image.createImage({ name: uniqueName(what), disk_format: "raw", container_format: "bare" });
  images.push(image.id);
  return image;
}

/** The request the fault hit and the one after it on the same path: the resend. */
function revokedAndResent(seen: Seen[]): [Seen, Seen] {
  const at = seen.findIndex((s) => s.fault === "revoke-token");
  expect(at).toBeGreaterThanOrEqual(0);
  const resent = seen.slice(at + 1).find((s) => s.path === seen[at]!.path);
  expect(resent).toBeDefined();
  return [seen[at]!, resent!];
}

describe("a token revoked during", () => {
  it(`a walk of ${WALK_ROWS} listed objects: the refused page is fetched again, the walk goes on`, async () => {
    const conn = await through();
    const listing = new RegExp(`/${WALK_CONTAINER}\\?`);
    proxy.inject({ method: "GET", upstream: SWIFT, path: listing, skip: 49, fault: { kind: "revoke-token" } });
    let seen = 0;
    let outOfPlace: string | undefined;
    for await (const entry of conn.objectStore.listObjects(WALK_CONTAINER, {}, { limit: 1000 })) {
      const name = "name" in entry ? entry.name : entry.subdir;
      if (outOfPlace === undefined && name !== rowName(seen)) outOfPlace = `row ${seen} is ${name}`;
      seen++;
    }
    expect(outOfPlace).toBeUndefined();
    expect(seen).toBe(WALK_ROWS);

    const pages = proxy.requests("GET", listing, SWIFT);
    const [revoked, resent] = revokedAndResent(pages);
    expect(pages.indexOf(revoked)).toBe(49);
    expect(resent.token).not.toBe(revoked.token);
    // Only the refused page was asked twice: the walk did not start over.
    expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length - 1);
    expect(proxy.count("POST", LOGINS)).toBe(1);
  });

  it("a wait: the refused poll is made again with a new token, and the wait sees the change", async () => {
    const conn = await through();
    const image = await queuedImage(conn, "revoked-wait");
    const poll = new RegExp(`^/v2/images/${image.id}$`);
    proxy.inject({ method: "GET", upstream: GLANCE, path: poll, skip: 2, fault: { kind: "revoke-token" } });
    const waited = conn.image.waitForImage(image, { status: "active", interval: 300, timeout: 60_000 });
    await sleep(2500);
    await direct.image.uploadImage(image.id, new Uint8Array(512));

    expect(await waited).toMatchObject({ id: image.id, status: "active", size: 512 });
    const [revoked, resent] = revokedAndResent(proxy.requests("GET", poll, GLANCE));
    expect(resent.token).not.toBe(revoked.token);
    expect(proxy.count("POST", LOGINS)).toBe(1);
  });

  it("an upload of bytes: sent again with a new token, once", async () => {
    const conn = await through();
    const image = await queuedImage(conn, "revoked-bytes");
    const { data, sha512 } = randomImageData(256 * 1024);
    proxy.inject({ method: "PUT", upstream: GLANCE, path: /\/file$/, fault: { kind: "revoke-token" } });
    await conn.image.uploadImage(image, data);

    const puts = proxy.requests("PUT", /\/file$/, GLANCE);
    expect(puts.map((p) => p.fault)).toEqual(["revoke-token", undefined]);
    expect(puts[1]!.token).not.toBe(puts[0]!.token);
    expect(await conn.image.getImage(image.id)).toMatchObject({ status: "active", os_hash_value: sha512 });
  });

  it("a streamed upload: fails saying the stream must be given again, and the second try goes through", async () => {
    const conn = await through();
    const image = await queuedImage(conn, "revoked-stream");
    const { data, sha512 } = randomImageData(256 * 1024);
    proxy.inject({ method: "PUT", upstream: GLANCE, path: /\/file$/, fault: { kind: "revoke-token" } });
    const error = await conn.image.uploadImage(image, streamOf(data, 16 * 1024)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect((error as Error).message).toMatch(/a stream cannot be sent twice, so call again with a new one/);
    expect(await conn.image.getImage(image.id)).toMatchObject({ status: "queued" });

    await conn.image.uploadImage(image, streamOf(data, 16 * 1024));
    const puts = proxy.requests("PUT", /\/file$/, GLANCE);
    expect(puts.map((p) => p.fault)).toEqual(["revoke-token", undefined]);
    expect(puts[1]!.token).not.toBe(puts[0]!.token);
    expect(await conn.image.getImage(image.id)).toMatchObject({ status: "active", os_hash_value: sha512 });
  });
});
