import { InvalidArgumentError, NotFoundError, ResourceFailureError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, imageCloud } from "../fixtures.js";
import { imageBody, imageCreateRequest, otherImageBody, queuedImageBody } from "./fixtures.js";
import { images } from "../../src/images/image.js";

const { server, setup } = imageCloud();
const PATCH_TYPE = "application/openstack-images-v2.1-json-patch";
const glanceNotFound = () =>
  new HttpResponse("<html><body><h1>404 Not Found</h1>No image found</body></html>", {
    status: 404,
    headers: { "Content-Type": "text/html" },
  });

describe("images", () => {
  it("lists through every page that Glance's top-level next link names", async () => {
    const { session, seen } = setup();
    // Glance names a next page after every full one; the page after the last is empty.
    const pages: Record<string, object[]> = {
      "": [imageBody],
      [imageBody.id]: [otherImageBody],
      [otherImageBody.id]: [],
    };
    server.use(
      http.get(`${API}/images`, ({ request }) => {
        const page = pages[new URL(request.url).searchParams.get("marker") ?? ""] ?? [];
        const last = (page.at(-1) as { id?: string } | undefined)?.id;
        return HttpResponse.json({
          images: page,
          first: "/v2/images?limit=1",
          schema: "/v2/schemas/images",
          ...(last && { next: `/v2/images?limit=1&marker=${last}` }),
        });
      }),
    );
    const all = await images.list(session, {}, { limit: 1 });
    expect(all.map((i) => i.name)).toEqual(["cirros-0.3.2-x86_64-disk", "F17-x86_64-cfntools"]);
    expect(all[0]?.os_hash_algo).toBe("sha512");
    expect(seen.map((r) => new URL(r.url).search)).toEqual([
      "?limit=1",
      `?limit=1&marker=${imageBody.id}`,
      `?limit=1&marker=${otherImageBody.id}`,
    ]);
  });

  it("sends Glance's filters by their wire names, a tag list as repeated tags, and rejects unknown ones", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/images`, () =>
        HttpResponse.json({ images: [], schema: "/v2/schemas/images", first: "/v2/images" }),
      ),
    );
    await facade.listImages({
      visibility: "shared",
      member_status: "pending",
      tag: ["a", "b"],
      os_hidden: true,
      size_min: 10,
      size_max: 2048,
      container_format: "bare",
      disk_format: "raw",
      sort: "name:asc,status:desc",
    });
    expect(new URL(seen[0]!.url).search).toBe(
      "?visibility=shared&member_status=pending&tag=a&tag=b&os_hidden=true&size_min=10&size_max=2048&container_format=bare&disk_format=raw&sort=name%3Aasc%2Cstatus%3Adesc",
    );
    // @ts-expect-error: not a filter of listImages
    await expect(facade.listImages({ nmae: "x" })).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(seen).toHaveLength(1);
  });

  it("creates without an envelope and parses the queued image", async () => {
    const { facade, seen } = setup();
    server.use(http.post(`${API}/images`, () => HttpResponse.json(queuedImageBody, { status: 201 })));
    const created = await facade.createImage(imageCreateRequest);
    expect(created).toMatchObject({ id: imageCreateRequest.id, status: "queued", size: null, os_hash_value: null });
    expect(seen[0]!.method).toBe("POST");
    expect(await seen[0]!.json()).toEqual(imageCreateRequest);
  });

  it("refuses fields only Glance sets, and values of the wrong kind, before sending", async () => {
    const { facade, seen } = setup();
    // @ts-expect-error: status is read-only
    await expect(facade.createImage({ name: "x", status: "active" })).rejects.toThrow(/'status' cannot be set/);
    // @ts-expect-error: visibility is one of four words
    await expect(facade.createImage({ name: "x", visibility: "everyone" })).rejects.toThrow(
      /'visibility' has the wrong type/,
    );
    // @ts-expect-error: the id is chosen at create time only
    await expect(facade.updateImage(imageBody, { id: "other" })).rejects.toThrow(/'id' cannot be set/);
    expect(seen).toHaveLength(0);
  });

  it("updates by a JSON patch: add sets, null removes what the image has now (read fresh), absent fields are left alone", async () => {
    const { facade, seen } = setup();
    const current = { ...imageBody, os_distro: "cirros", hw_disk_bus: "virtio" };
    server.use(
      http.get(`${API}/images/:id`, () => HttpResponse.json(current)),
      http.patch(`${API}/images/:id`, () =>
        HttpResponse.json({ ...current, name: "renamed", os_version: "0.3.2", hw_disk_bus: undefined }),
      ),
    );
    const updated = await facade.updateImage(imageBody.id, {
      name: "renamed",
      os_version: "0.3.2",
      hw_disk_bus: null,
      hw_scsi_model: null,
      min_ram: 512,
    });
    expect(updated.name).toBe("renamed");
    expect(seen.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      `GET /v2/images/${imageBody.id}`,
      `PATCH /v2/images/${imageBody.id}`,
    ]);
    expect(seen[1]!.headers.get("content-type")).toBe(PATCH_TYPE);
    // hw_scsi_model is absent, so removing it is nothing to do.
    expect(await seen[1]!.json()).toEqual([
      { op: "add", path: "/name", value: "renamed" },
      { op: "add", path: "/os_version", value: "0.3.2" },
      { op: "remove", path: "/hw_disk_bus" },
      { op: "add", path: "/min_ram", value: 512 },
    ]);
  });

  it("sends a change that only sets fields without reading the image first", async () => {
    const { facade, seen } = setup();
    server.use(http.patch(`${API}/images/:id`, () => HttpResponse.json({ ...imageBody, tags: ["fedora", "beefy"] })));
    // image-update-request.json: replace the name and the whole tag list.
    await facade.updateImage(imageBody, { name: "Fedora 17", tags: ["fedora", "beefy"] });
    expect(seen.map((r) => r.method)).toEqual(["PATCH"]);
    expect(await seen[0]!.json()).toEqual([
      { op: "add", path: "/name", value: "Fedora 17" },
      { op: "add", path: "/tags", value: ["fedora", "beefy"] },
    ]);
  });

  it("gets, finds by name through the list, and deletes, ignoring an image already gone", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/images/:id`, ({ params }) =>
        params["id"] === imageBody.id ? HttpResponse.json(imageBody) : glanceNotFound(),
      ),
      http.get(`${API}/images`, ({ request }) =>
        HttpResponse.json({
          images: new URL(request.url).searchParams.get("name") === imageBody.name ? [imageBody] : [],
          schema: "/v2/schemas/images",
          first: "/v2/images",
        }),
      ),
      http.delete(`${API}/images/:id`, ({ params }) =>
        params["id"] === imageBody.id ? new HttpResponse(null, { status: 204 }) : glanceNotFound(),
      ),
    );
    expect((await facade.getImage(imageBody.id)).size).toBe(13167616);
    expect((await facade.findImage(imageBody.name))?.id).toBe(imageBody.id);
    expect(await facade.findImage("nothing-like-it")).toBeNull();
    await facade.deleteImage(imageBody);
    await facade.deleteImage("gone");
    await expect(facade.deleteImage("gone", { ignoreMissing: false })).rejects.toBeInstanceOf(NotFoundError);
    expect(seen.map((r) => `${r.method} ${new URL(r.url).pathname}${new URL(r.url).search}`)).toEqual([
      `GET /v2/images/${imageBody.id}`,
      `GET /v2/images/${encodeURIComponent(imageBody.name)}`,
      `GET /v2/images?name=${encodeURIComponent(imageBody.name)}`,
      "GET /v2/images/nothing-like-it",
      "GET /v2/images?name=nothing-like-it",
      `DELETE /v2/images/${imageBody.id}`,
      "DELETE /v2/images/gone",
      "DELETE /v2/images/gone",
    ]);
  });

  it("waits for an image to become active, and fails when it is killed", async () => {
    const { facade } = setup();
    const states = ["queued", "saving", "active"];
    server.use(
      http.get(`${API}/images/:id`, ({ params }) =>
        HttpResponse.json({ ...imageBody, status: params["id"] === "bad" ? "killed" : states.shift() }),
      ),
    );
    const seenStates: string[] = [];
    const active = await facade.waitForImage(imageBody.id, {
      status: "active",
      interval: 1,
      onProgress: (image) => seenStates.push(image.status),
    });
    expect(active.status).toBe("active");
    expect(seenStates).toEqual(["queued", "saving", "active"]);
    await expect(facade.waitForImage("bad", { status: "active", interval: 1 })).rejects.toBeInstanceOf(
      ResourceFailureError,
    );
  });

  it("waits until a deleted image answers 404", async () => {
    const { facade } = setup();
    const replies = [() => HttpResponse.json({ ...imageBody, status: "pending_delete" }), glanceNotFound];
    server.use(http.get(`${API}/images/:id`, () => replies.shift()!()));
    await facade.waitForDeleteImage(imageBody.id, { interval: 1 });
    expect(replies).toHaveLength(0);
  });
});
