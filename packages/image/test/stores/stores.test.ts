import { ForbiddenError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, imageCloud } from "../fixtures.js";
import { storeDetailsBody, storesBody } from "./fixtures.js";

const { server, setup } = imageCloud();
const IMAGE = "1bea47ed-f6a9-463b-b423-14b9cca9ad27";

describe("stores", () => {
  it("lists the stores, with Glance's string flags", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/info/stores`, () => HttpResponse.json(storesBody)));
    const list = await facade.listStores();
    expect(list.find((s) => s.default)?.id).toBe("fast");
    expect(list.find((s) => s["read-only"] === "true")?.id).toBe("special");
    expect(seen.map((r) => new URL(r.url).pathname)).toEqual(["/v2/info/stores"]);
  });

  it("lists the stores' details", async () => {
    const { facade } = setup();
    server.use(http.get(`${API}/info/stores/detail`, () => HttpResponse.json(storeDetailsBody)));
    const [reliable] = await facade.listStoreDetails();
    expect(reliable).toMatchObject({ id: "reliable", type: "rbd", weight: 100, properties: { pool: "pool1" } });
  });

  it("deletes an image's copy from one store, and passes on Glance's refusal to drop the last one", async () => {
    const { facade, seen } = setup();
    server.use(
      http.delete(`${API}/stores/:store/:image`, ({ params }) =>
        params["store"] === "cheap"
          ? new HttpResponse(null, { status: 204 })
          : HttpResponse.text("403 Forbidden\n\nCannot delete image data from the only store containing it.", {
              status: 403,
            }),
      ),
    );
    await facade.deleteImageFromStore({ store: "cheap", image: IMAGE });
    await expect(facade.deleteImageFromStore({ store: { id: "fast" }, image: { id: IMAGE } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(seen.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      `DELETE /v2/stores/cheap/${IMAGE}`,
      `DELETE /v2/stores/fast/${IMAGE}`,
    ]);
  });
});
