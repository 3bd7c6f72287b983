// Swift on the real service: account and container metadata, ACLs and CORS, listings paged
// by marker, objects from strings, bytes, Blobs and streams, names that need encoding,
// copies, and the same container and object names as openstacksdk lists.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { ConflictError, Connection, InvalidArgumentError, NotFoundError, objectStore } from "@openstack-ts/openstack";
import { afterAll, describe, expect, it } from "vitest";
import { admin, recordingFetch, STATE, uniqueName } from "./support/cloud.js";
import { removeContainers } from "./support/object-store-cleanup.js";

const conn = new Connection(admin);
const swift = conn.objectStore;
const prefix = uniqueName("swift");
const made: string[] = [];
afterAll(() => removeContainers(swift, made));

async function container(
  suffix: string,
  settings?: Parameters<typeof objectStore.createContainer>[2],
): Promise<string> {
  const name = `${prefix}-${suffix}`;
  made.push(name);
  expect(await objectStore.createContainer(swift, name, settings)).toBe(true);
  return name;
}

/** openstacksdk's answer to a few lines of Python, as JSON. */
function openstacksdk(code: string): unknown {
  const script = `import json, openstack\nconn = openstack.connect(cloud="local")\n${code}`;
  const env = { ...process.env, OS_CLIENT_CONFIG_FILE: fileURLToPath(new URL("clouds.yaml", STATE)), OS_CLOUD: "" };
  return JSON.parse(execFileSync("/usr/bin/python3", ["-c", script], { env }).toString());
}

// Every kind of name that needs care in a URL: spaces, Unicode, ?, #, %, +, &, dots inside parts, pseudo-folders.
const awkward = [
  "dir one/ü ?#%&+=.txt",
  "a/b/c.txt",
  "日本語/ファイル.txt",
  "100% done",
  "x..y/..z/.w",
  "dir/",
  "plain",
];

describe("object store on the real Swift", () => {
  it("publishes /info with the middlewares the SDK relies on", async () => {
    const info = await objectStore.getObjectStoreInfo(swift);
    expect(info.slo?.min_segment_size).toBeTypeOf("number");
    expect(info.tempurl?.allowed_digests).toContain("sha256");
    expect(info.bulk_delete?.max_deletes_per_request).toBeGreaterThan(0);
    expect(info.swift.max_file_size).toBeGreaterThan(0);
  });

  it("sets, reads and removes account metadata, Unicode included", async () => {
    const key = `e2e-${Date.now().toString(36)}`;
    await objectStore.setAccountMetadata(swift, { [key]: "Grüße, 世界" });
    try {
      const account = await objectStore.getAccountMetadata(swift);
      expect(account.metadata[key]).toBe("Grüße, 世界");
      expect(account.containerCount).toBeGreaterThanOrEqual(0);
    } finally {
      await objectStore.deleteAccountMetadata(swift, [key]);
    }
    expect((await objectStore.getAccountMetadata(swift)).metadata[key]).toBeUndefined();
  });

  it("creates a container with metadata, ACLs and CORS that Swift then enforces", async () => {
    const name = await container("acl", {
      metadata: { purpose: "e2e", City: "Zürich" },
      readAcl: ".r:*,.rlistings",
      cors: { allowOrigin: ["https://app.example"], maxAge: 321, exposeHeaders: ["x-object-meta-color"] },
    });
    const meta = await objectStore.getContainerMetadata(swift, name);
    expect(meta).toMatchObject({
      name,
      objectCount: 0,
      readAcl: ".r:*,.rlistings",
      cors: { allowOrigin: ["https://app.example"], maxAge: 321, exposeHeaders: ["x-object-meta-color"] },
      metadata: { purpose: "e2e", city: "Zürich" },
    });
    await objectStore.uploadObject(swift, name, "public.txt", "anyone may read this", { metadata: { color: "green" } });
    const endpoint = await conn.endpointFor("object-store");
    // The read ACL lets a client with no token read the object and list the container.
    const anonymous = await fetch(`${endpoint}/${encodeURIComponent(name)}/public.txt`, {
      headers: { Origin: "https://app.example" },
    });
    expect(await anonymous.text()).toBe("anyone may read this");
    expect(anonymous.headers.get("access-control-expose-headers")?.toLowerCase()).toContain("x-object-meta-color");
    expect(await (await fetch(`${endpoint}/${encodeURIComponent(name)}`)).text()).toBe("public.txt\n");
    // A browser's preflight gets the container's max age.
    const preflight = await fetch(`${endpoint}/${encodeURIComponent(name)}/public.txt`, {
      method: "OPTIONS",
      headers: { Origin: "https://app.example", "Access-Control-Request-Method": "GET" },
    });
    expect(preflight.headers.get("access-control-max-age")).toBe("321");

    await objectStore.setContainerMetadata(swift, name, { metadata: { purpose: "changed" }, readAcl: null });
    await objectStore.deleteContainerMetadata(swift, name, ["city"]);
    const changed = await objectStore.getContainerMetadata(swift, name);
    expect(changed.metadata).toEqual({ purpose: "changed" });
    expect(changed.readAcl).toBeUndefined();
    expect((await fetch(`${endpoint}/${encodeURIComponent(name)}/public.txt`)).status).toBe(401);
  });

  it("pages through containers two at a time by marker, with the names openstacksdk lists", async () => {
    for (let i = 0; i < 5; i++) await container(`page-${i}`);
    const recorder = recordingFetch();
    const counted = new Connection({ ...admin, fetch: recorder.fetch });
    const pages: string[][] = [];
    for await (const page of counted.objectStore.listContainers({ prefix: `${prefix}-page-` }, { limit: 2 }).pages())
      pages.push(page.map((c) => c.name));
    expect(pages).toEqual(
      [0, 2, 4].map((start) => [0, 1].slice(0, start === 4 ? 1 : 2).map((i) => `${prefix}-page-${start + i}`)),
    );
    // Three pages, and at most one more request that finds nothing after the last name.
    expect(recorder.count("GET", /\/v1\/AUTH_\w+\/\?format=json/)).toBeGreaterThanOrEqual(3);

    const ours = (await swift.listContainers({ prefix })).map((c) => c.name);
    const theirs = openstacksdk(
      `print(json.dumps([c.name for c in conn.object_store.containers(prefix=${JSON.stringify(prefix)})]))`,
    );
    expect(ours).toEqual(theirs);
    expect(ours).toHaveLength(made.length);
  });

  it("uploads from a string, bytes, a Blob and a stream (with progress), under awkward names, and reads them back", async () => {
    const name = await container("objects");
    for (const object of awkward) await objectStore.uploadObject(swift, name, object, `content of ${object}`);
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7) % 251);
    await objectStore.uploadObject(swift, name, "bin/bytes.bin", bytes);
    await objectStore.uploadObject(swift, name, "bin/blob.png", new Blob([bytes], { type: "image/png" }));
    const progress: number[] = [];
    const stream = new Blob([bytes]).stream();
    const streamed = await objectStore.uploadObject(swift, name, "bin/stream.bin", stream, {
      onUploadProgress: (p) => progress.push(p.transferredBytes),
    });
    expect(progress.at(-1)).toBe(bytes.length);
    expect(streamed.etag).toMatch(/^[0-9a-f]{32}$/);

    for (const object of awkward)
      expect(new TextDecoder().decode(await objectStore.downloadObject(swift, name, object)), object).toBe(
        `content of ${object}`,
      );
    expect(await objectStore.downloadObject(swift, name, "bin/bytes.bin")).toEqual(bytes);
    expect(await objectStore.downloadObject(swift, name, "bin/stream.bin")).toEqual(bytes);
    const blob = await objectStore.streamObject(swift, name, "bin/blob.png");
    expect(blob.metadata.contentType).toBe("image/png");
    expect(await blob.bytes()).toEqual(bytes);

    const downloaded: number[] = [];
    const download = await objectStore.streamObject(swift, name, "bin/stream.bin", {
      onDownloadProgress: (p) => downloaded.push(p.transferredBytes),
    });
    let total = 0;
    for (const reader = download.body.getReader(); ; ) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
    }
    expect(total).toBe(bytes.length);
    expect(downloaded.at(-1)).toBe(bytes.length);

    // The names Swift stored are the names we gave, and openstacksdk lists the same.
    const listed = (await objectStore.listObjects(swift, name)).map((o) =>
      objectStore.isObjectSubdir(o) ? o.subdir : o.name,
    );
    expect([...listed].sort()).toEqual([...awkward, "bin/bytes.bin", "bin/blob.png", "bin/stream.bin"].sort());
    expect(
      openstacksdk(`print(json.dumps([o.name for o in conn.object_store.objects(${JSON.stringify(name)})]))`),
    ).toEqual(listed);
  });

  it("lists pseudo-folders by delimiter, and pages across them", async () => {
    const name = await container("folders");
    for (const object of ["a/1", "a/2", "b/1", "c", "d/x/y", "e"])
      await objectStore.uploadObject(swift, name, object, object);
    const entries = (await objectStore.listObjects(swift, name, { delimiter: "/" }, { limit: 2 })).map((e) =>
      objectStore.isObjectSubdir(e) ? `${e.subdir}…` : e.name,
    );
    expect(entries).toEqual(["a/…", "b/…", "c", "d/…", "e"]);
    const inA = await objectStore.listObjects(swift, name, { prefix: "a/", delimiter: "/" });
    expect(inA.map((e) => (objectStore.isObjectSubdir(e) ? "" : e.name))).toEqual(["a/1", "a/2"]);
  });

  it("refuses '.' and '..' segments before sending anything", async () => {
    const recorder = recordingFetch();
    const counted = new Connection({ ...admin, fetch: recorder.fetch });
    for (const object of ["..", "a/../b", "./x"]) {
      await expect(
        objectStore.uploadObject(counted.objectStore, `${prefix}-objects`, object, "x"),
      ).rejects.toBeInstanceOf(InvalidArgumentError);
    }
    expect(recorder.requests).toHaveLength(0);
  });

  it("changes object metadata without losing the rest, copies across containers, and deletes", async () => {
    const source = await container("copy-src");
    const target = await container("copy-dst");
    await objectStore.uploadObject(swift, source, "doc ü.txt", "to be copied", {
      contentType: "text/x-e2e",
      metadata: { color: "red", size: "big" },
    });
    await objectStore.setObjectMetadata(swift, source, "doc ü.txt", { metadata: { color: "blue" } });
    await objectStore.deleteObjectMetadata(swift, source, "doc ü.txt", ["size"]);
    const meta = await objectStore.getObjectMetadata(swift, source, "doc ü.txt");
    expect(meta).toMatchObject({ contentType: "text/x-e2e", contentLength: 12, metadata: { color: "blue" } });

    const copied = await objectStore.copyObject(
      swift,
      { container: source, object: "doc ü.txt" },
      { container: target, object: "copies/doc #1.txt" },
      { metadata: { copied: "yes" } },
    );
    expect(copied.etag).toBe(meta.etag);
    const copy = await objectStore.getObjectMetadata(swift, target, "copies/doc #1.txt");
    expect(copy.metadata).toEqual({ color: "blue", copied: "yes" });
    expect(new TextDecoder().decode(await objectStore.downloadObject(swift, target, "copies/doc #1.txt"))).toBe(
      "to be copied",
    );

    await expect(objectStore.deleteContainer(swift, target)).rejects.toBeInstanceOf(ConflictError);
    await objectStore.deleteObject(swift, target, "copies/doc #1.txt");
    await objectStore.deleteObject(swift, target, "copies/doc #1.txt");
    await expect(
      objectStore.deleteObject(swift, target, "copies/doc #1.txt", { ignoreMissing: false }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(objectStore.getObjectMetadata(swift, target, "copies/doc #1.txt")).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await objectStore.deleteContainer(swift, target);
    await expect(objectStore.getContainerMetadata(swift, target)).rejects.toBeInstanceOf(NotFoundError);
  });
});
