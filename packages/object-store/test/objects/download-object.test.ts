import { createHash } from "node:crypto";
import { NotFoundError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { ObjectChecksumError } from "../../src/errors.js";
import { ACCOUNT, bytesOf, calls, swiftCloud } from "../fixtures.js";
import { downloadObject, streamObject } from "../../src/objects/download-object.js";
import { objectHeaders } from "./fixtures.js";

const { server, setup } = swiftCloud();
const md5 = (text: string) => createHash("md5").update(text).digest("hex");

function serve(body: string, headers: Record<string, string> = {}) {
  server.use(
    http.get(
      `${ACCOUNT}/*`,
      () =>
        new HttpResponse(bytesOf(body), {
          headers: { ...objectHeaders, "Content-Length": String(bytesOf(body).length), ETag: md5(body), ...headers },
        }),
    ),
  );
}

describe("downloads", () => {
  it("streams an object with its metadata, verified against its ETag, with progress", async () => {
    const { session, seen } = setup();
    serve("Hello World!");
    const progress: number[] = [];
    const download = await streamObject(session, "c", "dir/hello world.txt", {
      onDownloadProgress: (p) => progress.push(p.percent),
    });
    expect(download.metadata).toMatchObject({
      container: "c",
      name: "dir/hello world.txt",
      contentLength: 12,
      contentType: "text/plain; charset=UTF-8",
      etag: md5("Hello World!"),
      deleteAt: 1893456000,
      contentDisposition: "attachment",
      isStaticLargeObject: false,
      metadata: { "orig-filename": "helloworld.txt" },
    });
    const reader = download.body.getReader();
    let text = "";
    for (let r = await reader.read(); !r.done; r = await reader.read()) text += new TextDecoder().decode(r.value);
    expect(text).toBe("Hello World!");
    expect(progress.at(-1)).toBe(1);
    expect(calls(seen)).toEqual(["GET /v1/AUTH_p-admin/c/dir/hello%20world.txt"]);
  });

  it("downloads to bytes and to text", async () => {
    const { session } = setup();
    serve("grüße");
    expect(new TextDecoder().decode(await downloadObject(session, "c", "o"))).toBe("grüße");
    expect(await (await streamObject(session, "c", "o")).text()).toBe("grüße");
  });

  it("errors the stream when the bytes do not match the ETag", async () => {
    const { session } = setup();
    serve("Hello World!", { ETag: md5("something else") });
    const download = await streamObject(session, "c", "o");
    await expect(download.text()).rejects.toBeInstanceOf(ObjectChecksumError);
    // Unless asked not to check.
    serve("Hello World!", { ETag: md5("something else") });
    expect(await (await streamObject(session, "c", "o", { verify: false })).text()).toBe("Hello World!");
  });

  it("does not check what its ETag does not describe: large objects, partial and encoded content", async () => {
    const { session, seen } = setup();
    serve("part", { ETag: `"${md5("manifest")}"`, "X-Static-Large-Object": "True" });
    const large = await streamObject(session, "c", "o");
    expect(large.metadata.isStaticLargeObject).toBe(true);
    expect(large.metadata.etag).toBe(md5("manifest"));
    expect(await large.text()).toBe("part");
    server.use(
      http.get(
        `${ACCOUNT}/*`,
        () => new HttpResponse(bytesOf("ell"), { status: 206, headers: { ETag: md5("Hello") } }),
      ),
    );
    expect(await (await streamObject(session, "c", "o", { headers: { Range: "bytes=1-3" } })).text()).toBe("ell");
    expect(seen.at(-1)!.headers.get("range")).toBe("bytes=1-3");
  });

  it("reports a missing object as NotFoundError", async () => {
    const { session } = setup();
    server.use(http.get(`${ACCOUNT}/*`, () => new HttpResponse("<html><h1>Not Found</h1></html>", { status: 404 })));
    await expect(downloadObject(session, "c", "nope")).rejects.toBeInstanceOf(NotFoundError);
  });
});
