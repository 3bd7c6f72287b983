import { ForbiddenError, InvalidArgumentError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { API, imageCloud } from "../fixtures.js";
import { copyImageRequest, glanceDownloadRequest, imageBody, importInfoBody, webDownloadRequest } from "./fixtures.js";
import { ImportInfo } from "../../src/images/image-import.js";

const { server, setup } = imageCloud();
const noContent = () => new HttpResponse(null, { status: 204 });
const line = (r: Request) => `${r.method} ${new URL(r.url).pathname}`;

describe("image actions", () => {
  it("deactivates and reactivates through images/{id}/actions", async () => {
    const { facade, seen } = setup();
    server.use(http.post(`${API}/images/:id/actions/:action`, noContent));
    expect(await facade.deactivateImage({ image: imageBody })).toBeUndefined();
    await facade.reactivateImage({ image: imageBody.id });
    expect(seen.map(line)).toEqual([
      `POST /v2/images/${imageBody.id}/actions/deactivate`,
      `POST /v2/images/${imageBody.id}/actions/reactivate`,
    ]);
  });

  it("adds and removes one tag at a time, the tag encoded as one path segment", async () => {
    const { facade, seen } = setup();
    server.use(
      http.put(`${API}/images/:id/tags/:tag`, noContent),
      http.delete(`${API}/images/:id/tags/:tag`, noContent),
    );
    await facade.addTag({ image: imageBody, tag: "boot me" });
    await facade.removeTag({ image: imageBody.id, tag: "boot me" });
    expect(seen.map(line)).toEqual([
      `PUT /v2/images/${imageBody.id}/tags/boot%20me`,
      `DELETE /v2/images/${imageBody.id}/tags/boot%20me`,
    ]);
    // A tag with a slash cannot be one segment of Glance's URL.
    await expect(facade.addTag({ image: imageBody, tag: "a/b" })).rejects.toBeInstanceOf(InvalidArgumentError);
    // @ts-expect-error: the tag is required
    await expect(facade.addTag({ image: imageBody })).rejects.toBeInstanceOf(InvalidArgumentError);
  });

  it("passes a refusal on as a typed error", async () => {
    const { facade } = setup();
    server.use(
      http.post(
        `${API}/images/:id/actions/deactivate`,
        () =>
          new HttpResponse("403 Forbidden\n\nYou are not authorized to complete deactivate action.", { status: 403 }),
      ),
    );
    await expect(facade.deactivateImage({ image: imageBody })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it.each([
    ["glance-direct", { method: "glance-direct" }, { method: { name: "glance-direct" } }],
    [
      "web-download",
      { method: "web-download", uri: webDownloadRequest.method.uri, all_stores: true, all_stores_must_succeed: true },
      webDownloadRequest,
    ],
    [
      "copy-image",
      { method: "copy-image", stores: copyImageRequest.stores, all_stores_must_succeed: false, all_stores: false },
      copyImageRequest,
    ],
    [
      "glance-download",
      {
        method: "glance-download",
        glance_image_id: "c4705b36-b281-40f6-a01d-bf98883ead8e",
        glance_region: "REGION2",
        glance_service_interface: "public",
      },
      glanceDownloadRequest,
    ],
  ] as const)("imports by %s with the API reference's request body", async (_name, args, body) => {
    const { facade, seen } = setup();
    server.use(http.post(`${API}/images/:id/import`, () => new HttpResponse(null, { status: 202 })));
    await facade.importImage({ image: imageBody, ...args });
    expect(line(seen[0]!)).toBe(`POST /v2/images/${imageBody.id}/import`);
    expect(await seen[0]!.json()).toEqual(body);
  });

  it("reads the import methods the cloud offers", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/info/import`, () => HttpResponse.json(importInfoBody)));
    const info = v.parse(ImportInfo, await facade.getImportInfo());
    expect(info["import-methods"].value).toEqual(["glance-direct", "web-download"]);
    expect(line(seen[0]!)).toBe("GET /v2/info/import");
  });
});
