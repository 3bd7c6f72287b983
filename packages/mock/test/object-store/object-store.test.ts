import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { mockCloud } from "../../src/cloud/mock-cloud.js";
import { clientOf } from "../fixtures.js";

function setup() {
  const cloud = mockCloud({
    objects: [
      { container: "box", name: "a/1.txt", data: "one" },
      { container: "box", name: "a/2.txt", data: "two" },
      { container: "box", name: "b.txt", data: "bee" },
    ],
  });
  const admin = clientOf(cloud);
  const account = `object-store/v1/AUTH_${cloud.ids.projects.admin}`;
  return { cloud, admin, account };
}

describe("fake Swift", () => {
  it("creates a container once (201) and then accepts (202); counts objects and bytes in HEAD", async () => {
    const { admin, account } = setup();
    expect((await admin.put(`${account}/new`)).status).toBe(201);
    expect((await admin.put(`${account}/new`, undefined, { "X-Container-Meta-Color": "blue" })).status).toBe(202);
    const head = await admin.head(`${account}/new`);
    expect(head.status).toBe(204);
    expect(head.headers.get("x-container-meta-color")).toBe("blue");
    const box = await admin.head(`${account}/box`);
    expect([box.headers.get("x-container-object-count"), box.headers.get("x-container-bytes-used")]).toEqual([
      "3",
      "9",
    ]);
    expect((await admin.head(account)).headers.get("x-account-container-count")).toBe("2");
  });

  it("lists with prefix, delimiter, marker, end_marker and reverse; plain text without format=json", async () => {
    const { admin, account } = setup();
    const names = async (query: string) =>
      (await admin.get(`${account}/box?format=json&${query}`)).body.map(
        (e: { name?: string; subdir?: string }) => e.name ?? `dir:${e.subdir}`,
      );
    expect(await names("delimiter=/")).toEqual(["dir:a/", "b.txt"]);
    expect(await names("prefix=a/")).toEqual(["a/1.txt", "a/2.txt"]);
    expect(await names("marker=a/1.txt&end_marker=b.txt")).toEqual(["a/2.txt"]);
    expect(await names("reverse=true&limit=2")).toEqual(["b.txt", "a/2.txt"]);
    const entry = (await admin.get(`${account}/box?format=json&prefix=b`)).body[0];
    expect(entry).toMatchObject({ name: "b.txt", bytes: 3, content_type: "text/plain" });
    expect(entry.last_modified).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/);
    expect((await admin.get(`${account}/box`)).text).toBe("a/1.txt\na/2.txt\nb.txt\n");
  });

  it("stores an object with its MD5 ETag and metadata, refuses a wrong ETag with 422, and serves ranges", async () => {
    const { admin, account } = setup();
    const put = await admin.put(`${account}/box/hello`, "hello world", {
      "Content-Type": "text/plain",
      "X-Object-Meta-Owner": "me",
    });
    expect(put.status).toBe(201);
    expect(put.headers.get("etag")).toBe("5eb63bbbe01eeed093cb22bb8f5acdc3");
    const got = await admin.get(`${account}/box/hello`);
    expect([got.text, got.headers.get("content-type"), got.headers.get("x-object-meta-owner")]).toEqual([
      "hello world",
      "text/plain",
      "me",
    ]);
    const part = await admin.get(`${account}/box/hello`, { Range: "bytes=6-" });
    expect([part.status, part.text, part.headers.get("content-range")]).toEqual([206, "world", "bytes 6-10/11"]);
    expect((await admin.put(`${account}/box/bad`, "x", { ETag: "0000" })).status).toBe(422);
    expect((await admin.put(`${account}/nobox/x`, "x")).status).toBe(404);
  });

  it("copies objects by X-Copy-From and COPY, and replaces metadata on POST", async () => {
    const { admin, account } = setup();
    expect((await admin.put(`${account}/box/copy`, "", { "X-Copy-From": "/box/b.txt" })).status).toBe(201);
    expect((await admin.get(`${account}/box/copy`)).text).toBe("bee");
    expect((await admin.send("COPY", `${account}/box/b.txt`, undefined, { Destination: "box/copy2" })).status).toBe(
      201,
    );
    expect((await admin.post(`${account}/box/copy2`, undefined, { "X-Object-Meta-A": "1" })).status).toBe(202);
    expect((await admin.post(`${account}/box/copy2`, undefined, { "X-Object-Meta-B": "2" })).status).toBe(202);
    const head = await admin.head(`${account}/box/copy2`);
    expect([head.headers.get("x-object-meta-a"), head.headers.get("x-object-meta-b")]).toEqual([null, "2"]);
  });

  it("refuses to delete a non-empty container (409), and another project's account (403)", async () => {
    const { cloud, admin, account } = setup();
    const conflict = await admin.delete(`${account}/box`);
    expect(conflict.status).toBe(409);
    expect(conflict.text).toBe(
      "<html><h1>Conflict</h1><p>There was a conflict when trying to complete your request.</p></html>",
    );
    expect((await clientOf(cloud, "demo").get(`${account}/box`)).status).toBe(403);
    for (const name of ["a/1.txt", "a/2.txt", "b.txt"])
      expect((await admin.delete(`${account}/box/${name}`)).status).toBe(204);
    expect((await admin.delete(`${account}/box`)).status).toBe(204);
  });

  it("assembles a static large object from its manifest, checks segments and ETag, and deletes it with them", async () => {
    const { admin, account } = setup();
    const md5 = (text: string) => createHash("md5").update(text).digest("hex");
    const manifest = [
      { path: "/box/a/1.txt", etag: md5("one"), size_bytes: 3 },
      { path: "/box/a/2.txt", etag: md5("two"), size_bytes: 3 },
    ];
    const etag = md5(md5("one") + md5("two"));
    expect(
      (await admin.put(`${account}/box/big?multipart-manifest=put`, JSON.stringify([{ path: "/box/nope" }]))).status,
    ).toBe(400);
    expect(
      (await admin.put(`${account}/box/big?multipart-manifest=put`, JSON.stringify(manifest), { ETag: "0000" })).status,
    ).toBe(422);
    const put = await admin.put(`${account}/box/big?multipart-manifest=put`, JSON.stringify(manifest), { ETag: etag });
    expect([put.status, put.headers.get("etag")]).toEqual([201, `"${etag}"`]);
    const got = await admin.get(`${account}/box/big`);
    expect([got.text, got.headers.get("x-static-large-object"), got.headers.get("etag")]).toEqual([
      "onetwo",
      "True",
      `"${etag}"`,
    ]);
    expect(
      (await admin.get(`${account}/box/big?multipart-manifest=get`)).body.map((s: { name: string }) => s.name),
    ).toEqual(["/box/a/1.txt", "/box/a/2.txt"]);
    const deleted = await admin.delete(`${account}/box/big?multipart-manifest=delete`);
    expect(deleted.body).toMatchObject({
      "Number Deleted": 3,
      "Number Not Found": 0,
      "Response Status": "200 OK",
      Errors: [],
    });
    expect((await admin.get(`${account}/box?format=json`)).body.map((o: { name: string }) => o.name)).toEqual([
      "b.txt",
    ]);
  });

  it("deletes in bulk, reporting what was not found and containers not empty", async () => {
    const { admin, account } = setup();
    const result = await admin.post(`${account}?bulk-delete`, "/box/a/1.txt\n/box/nope\n/box", {
      "Content-Type": "text/plain",
      Accept: "application/json",
    });
    expect(result.body).toMatchObject({
      "Number Deleted": 1,
      "Number Not Found": 1,
      Errors: [["/box", "409 Conflict"]],
    });
  });

  it("publishes /info and names requests tx…", async () => {
    const { admin } = setup();
    const info = await admin.get("object-store/info");
    expect(info.body.swift).toMatchObject({ max_file_size: 5368709122, account_autocreate: true });
    expect(info.headers.get("x-trans-id")).toMatch(/^tx[0-9a-f]{21}-[0-9a-f]{10}$/);
  });
});
