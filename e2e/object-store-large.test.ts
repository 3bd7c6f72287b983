// Swift on the real service: bulk delete, static large objects cut by /info's limits, and
// temp URLs signed with Web Crypto that a plain fetch (no token) can use until they expire.
import { Connection, NotFoundError, objectStore } from "@openstack-ts/openstack";
import { afterAll, describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/cloud.js";
import { removeContainers } from "./support/object-store-cleanup.js";

const conn = new Connection(admin);
const swift = conn.objectStore;
const prefix = uniqueName("swift-large");
const made: string[] = [];
afterAll(() => removeContainers(swift, made));

async function container(suffix: string): Promise<string> {
  const name = `${prefix}-${suffix}`;
  made.push(name);
  await objectStore.createContainer(swift, name);
  return name;
}

const randomBytes = (length: number) => crypto.getRandomValues(new Uint8Array(length));
const names = (entries: Awaited<ReturnType<typeof objectStore.listObjects>>) =>
  entries.map((e) => (objectStore.isObjectSubdir(e) ? e.subdir : e.name));

describe("bulk delete on the real Swift", () => {
  it("deletes objects and then their container in one request, counting what was already gone", async () => {
    const name = await container("bulk");
    const objects = ["a b/ü.txt", "x?#%", "deep/er/one", "plain", "日本"];
    for (const object of objects) await objectStore.uploadObject(swift, name, object, object);
    const result = await objectStore.bulkDelete(swift, [
      ...objects.map((object) => ({ container: name, object })),
      { container: name, object: "never-there" },
      name,
    ]);
    expect(result).toEqual({ deleted: objects.length + 1, notFound: 1, errors: [] });
    await expect(objectStore.getContainerMetadata(swift, name)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("reports a container that still holds objects, and deletes the rest", async () => {
    const name = await container("bulk-full");
    await objectStore.uploadObject(swift, name, "keep", "x");
    const failure = (await objectStore
      .bulkDelete(swift, [name])
      .catch((e: unknown) => e)) as objectStore.BulkDeleteError;
    expect(failure).toBeInstanceOf(objectStore.BulkDeleteError);
    expect(failure.result.errors).toEqual([{ path: `/${name}`, status: "409 Conflict" }]);
  });
});

describe("static large objects on the real Swift", () => {
  it("uploads a stream in segments /info allows, downloads it whole, and deletes it with its segments", async () => {
    const info = await objectStore.getObjectStoreInfo(swift);
    const name = await container("slo");
    made.push(`${name}_segments`);
    const segmentSize = Math.max(1000, info.slo?.min_segment_size ?? 0);
    const content = randomBytes(segmentSize * 10 + 500);
    const progress: number[] = [];
    const upload = await objectStore.uploadLargeObject(swift, name, "big/ü file.bin", new Blob([content]).stream(), {
      segmentSize,
      contentType: "application/x-e2e",
      metadata: { kind: "large" },
      onUploadProgress: (p) => progress.push(p.transferredBytes),
    });
    expect(upload).toMatchObject({ segments: 11, size: content.length, segmentContainer: `${name}_segments` });
    expect(progress.at(-1)).toBe(content.length);

    const meta = await objectStore.getObjectMetadata(swift, name, "big/ü file.bin");
    expect(meta).toMatchObject({
      isStaticLargeObject: true,
      contentLength: content.length,
      contentType: "application/x-e2e",
      metadata: { kind: "large" },
    });
    expect(await objectStore.downloadObject(swift, name, "big/ü file.bin")).toEqual(content);
    const segments = names(await objectStore.listObjects(swift, `${name}_segments`, { prefix: upload.segmentPrefix }));
    expect(segments).toHaveLength(11);

    const removed = await objectStore.deleteLargeObject(swift, name, "big/ü file.bin");
    expect(removed).toEqual({ deleted: 12, notFound: 0, errors: [] });
    expect(await objectStore.listObjects(swift, `${name}_segments`, { prefix: upload.segmentPrefix })).toEqual([]);
    await expect(
      objectStore.deleteLargeObject(swift, name, "big/ü file.bin", { ignoreMissing: false }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("uploads a Blob with segments in parallel, into a segment container of one's choice", async () => {
    const name = await container("slo-blob");
    const parts = `${prefix}-parts`;
    made.push(parts);
    const content = randomBytes(7_777);
    const upload = await objectStore.uploadLargeObject(swift, name, "blob.bin", new Blob([content]), {
      segmentSize: 1_000,
      segmentContainer: parts,
      concurrency: 3,
    });
    expect(upload.segments).toBe(8);
    expect(await objectStore.downloadObject(swift, name, "blob.bin")).toEqual(content);
    expect(await objectStore.deleteLargeObject(swift, name, "blob.bin")).toMatchObject({ deleted: 9 });
  });
});

describe("temp URLs on the real Swift", () => {
  it("lets a plain fetch read, and write, with no token, while the signature and time are right", async () => {
    const name = await container("tempurl");
    const key = `e2e-key-${crypto.randomUUID()}`;
    await objectStore.setContainerTempUrlKey(swift, name, key);
    expect(await objectStore.getTempUrlKey(swift, name)).toBe(key);
    await objectStore.uploadObject(swift, name, "docs/ü report #1.txt", "temporary access");

    // The key comes from the container when none is given.
    const url = await objectStore.generateTempUrl(swift, {
      container: name,
      object: "docs/ü report #1.txt",
      expiresIn: 300,
    });
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("temporary access");
    expect((await fetch(url, { method: "HEAD" })).status).toBe(200);

    for (const digest of ["sha1", "sha512"] as const) {
      const other = await objectStore.generateTempUrl(swift, {
        container: name,
        object: "docs/ü report #1.txt",
        expiresIn: 300,
        key,
        digest,
      });
      expect((await fetch(other)).status, digest).toBe(200);
    }

    const put = await objectStore.generateTempUrl(swift, {
      container: name,
      object: "uploads/by url.txt",
      method: "PUT",
      expiresIn: 300,
      key,
    });
    expect((await fetch(put, { method: "PUT", body: "sent without a token" })).status).toBe(201);
    expect(new TextDecoder().decode(await objectStore.downloadObject(swift, name, "uploads/by url.txt"))).toBe(
      "sent without a token",
    );
  });

  it("refuses an expired URL, a wrong signature, another object, and another address", async () => {
    const name = await container("tempurl-deny");
    const key = `e2e-key-${crypto.randomUUID()}`;
    await objectStore.setContainerTempUrlKey(swift, name, key);
    await objectStore.uploadObject(swift, name, "shared/a b.txt", "under the prefix");
    await objectStore.uploadObject(swift, name, "private.txt", "not shared");

    const expired = await objectStore.generateTempUrl(swift, {
      container: name,
      object: "shared/a b.txt",
      expiresAt: Math.floor(Date.now() / 1000) - 60,
      key,
    });
    expect((await fetch(expired)).status).toBe(401);

    const good = new URL(
      await objectStore.generateTempUrl(swift, { container: name, object: "shared/a b.txt", expiresIn: 300, key }),
    );
    const signature = good.searchParams.get("temp_url_sig")!;
    good.searchParams.set("temp_url_sig", `${signature.slice(0, -1)}${signature.endsWith("0") ? "1" : "0"}`);
    expect((await fetch(good)).status).toBe(401);

    const wrongKey = await objectStore.generateTempUrl(swift, {
      container: name,
      object: "shared/a b.txt",
      expiresIn: 300,
      key: "not-the-key",
    });
    expect((await fetch(wrongKey)).status).toBe(401);

    // A prefix URL opens every object under the prefix, and nothing else.
    const scoped = new URL(
      await objectStore.generateTempUrl(swift, {
        container: name,
        prefix: "shared/",
        object: "shared/a b.txt",
        expiresIn: 300,
        key,
      }),
    );
    expect(await (await fetch(scoped)).text()).toBe("under the prefix");
    scoped.pathname = scoped.pathname.replace(/shared\/a%20b\.txt$/, "private.txt");
    expect((await fetch(scoped)).status).toBe(401);

    const here = await objectStore.generateTempUrl(swift, {
      container: name,
      object: "private.txt",
      expiresIn: 300,
      key,
      ipRange: "127.0.0.0/8",
    });
    expect(await (await fetch(here)).text()).toBe("not shared");
    const elsewhere = await objectStore.generateTempUrl(swift, {
      container: name,
      object: "private.txt",
      expiresIn: 300,
      key,
      ipRange: "10.9.9.9",
    });
    expect((await fetch(elsewhere)).status).toBe(401);
  });
});
