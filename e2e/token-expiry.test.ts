// Token expiry in the middle of a long operation, on the real cloud: the connection logs in
// at the second Keystone (support/short-tokens.ts), whose tokens live 15 s, and each operation
// is made to outlast its first token. Each test checks that the first token really expired
// (Keystone no longer accepts it), that the connection logged in again by itself, and that
// the operation lost nothing. The same operations with a token revoked under them, through
// the fault proxy: faults/token-revoked.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Connection } from "@openstack-ts/openstack";
import { admin, recordingFetch, uniqueName } from "./support/cloud.js";
import { randomImageData } from "./support/image-streams.js";
import {
  ensureWalkListing,
  expiryOf,
  keystoneAccepts,
  rowName,
  shortLived,
  sleep,
  slowStream,
  WALK_CONTAINER,
  WALK_ROWS,
} from "./support/short-tokens.js";

const PAGE = 1000;
const LOGINS = /\/v3\/auth\/tokens$/;

const checker = new Connection(admin);
const images: string[] = [];

beforeAll(() => ensureWalkListing(checker));
afterAll(async () => {
  for (const id of images) await checker.image.deleteImage(id).catch(() => undefined);
});

/** A connection at the short-token Keystone, counting what it sends, and its first token. */
async function shortConnection() {
  const recording = recordingFetch();
  const conn = new Connection({ ...shortLived, fetch: recording.fetch });
  const first = await conn.authorize();
  return { conn, recording, first, expiresAt: expiryOf(conn) };
}

describe.concurrent("a token that expires during", () => {
  it("a streamed image upload that outlasts it: the upload completes, the next call logs in again", async () => {
    const { conn, recording, first, expiresAt } = await shortConnection();
    const image = await conn.image.createImage({
      name: uniqueName("expiry-upload"),
      disk_format: "raw",
      container_format: "bare",
    });
    images.push(image.id);
    const { data, sha512 } = randomImageData(2 * 1024 * 1024);
    await conn.image.uploadImage(image, slowStream(data, expiresAt + 2000), { size: data.length });
    expect(Date.now()).toBeGreaterThan(expiresAt);
    expect(await keystoneAccepts(checker, first)).toBe(false);

    const uploaded = await conn.image.getImage(image.id);
    expect(uploaded).toMatchObject({ status: "active", size: data.length, os_hash_value: sha512 });
    expect(await conn.authorize()).not.toBe(first);
    expect(recording.count("POST", LOGINS)).toBeGreaterThanOrEqual(2);
    expect(recording.count("PUT", /\/file$/)).toBe(1);
  });

  it(`a walk of ${WALK_ROWS} listed objects: every row once, in order, no page fetched twice`, async () => {
    const { conn, recording, first, expiresAt } = await shortConnection();
    const pages = WALK_ROWS / PAGE;
    let seen = 0;
    let outOfPlace: string | undefined;
    for await (const entry of conn.objectStore.listObjects(WALK_CONTAINER, {}, { limit: PAGE })) {
      const name = "name" in entry ? entry.name : entry.subdir;
      if (outOfPlace === undefined && name !== rowName(seen)) outOfPlace = `row ${seen} is ${name}`;
      seen++;
      // Spread the walk over the token's life and a little more, as a consumer doing work would.
      if (seen % PAGE === 0) await sleep((expiresAt + 2000 - Date.now()) / (pages - seen / PAGE + 1));
    }
    expect(outOfPlace).toBeUndefined();
    expect(seen).toBe(WALK_ROWS);
    expect(Date.now()).toBeGreaterThan(expiresAt);
    expect(await keystoneAccepts(checker, first)).toBe(false);
    expect(recording.count("POST", LOGINS)).toBeGreaterThanOrEqual(2);

    const markers = recording.requests
      .filter((r) => r.method === "GET" && r.url.includes(`/${WALK_CONTAINER}?`))
      .map((r) => new URL(r.url).searchParams.get("marker"));
    expect(new Set(markers).size).toBe(markers.length);
    expect(markers.length).toBeLessThanOrEqual(pages + 1);
  });

  it("a wait that outlasts it: the wait goes on polling and sees the change", async () => {
    const { conn, recording, first, expiresAt } = await shortConnection();
    const image = await conn.image.createImage({
      name: uniqueName("expiry-wait"),
      disk_format: "raw",
      container_format: "bare",
    });
    images.push(image.id);
    const waited = conn.image.waitForImage(image, { status: "active", interval: 1000, timeout: 120_000 });
    // Another connection (tokens of the usual life) makes the change once the first token is gone.
    await sleep(expiresAt + 1500 - Date.now());
    expect(await keystoneAccepts(checker, first)).toBe(false);
    await checker.image.uploadImage(image.id, new Uint8Array(1024));

    expect(await waited).toMatchObject({ id: image.id, status: "active", size: 1024 });
    expect(recording.count("POST", LOGINS)).toBeGreaterThanOrEqual(2);
    // Polls went on after the first token had expired (with the new one: Glance took them).
    const polls = recording.requests.filter((r) => r.method === "GET" && r.url.endsWith(`/v2/images/${image.id}`));
    expect(polls.filter((p) => p.at > expiresAt).length).toBeGreaterThanOrEqual(1);
  });
});
