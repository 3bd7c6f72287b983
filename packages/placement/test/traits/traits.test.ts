import { ConflictError, MicroversionError, NotFoundError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, microversionOf, noContent, placementCloud, placementError, sent } from "../fixtures.js";
import { PROVIDER, providerTraitsBody, setProviderTraitsRequest, traitsBody } from "./fixtures.js";
import { listTraits } from "../../src/traits/list-traits.js";
import { getResourceProviderTraits, setResourceProviderTraits } from "../../src/traits/provider-traits.js";

const { server, setup } = placementCloud();

describe("traits", () => {
  it("lists names, filtered by prefix and association, at 1.6 or above", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/traits`, () => HttpResponse.json(traitsBody)));
    expect(await listTraits(facade, { name: "startswith:CUSTOM_HW", associated: true })).toEqual(traitsBody.traits);
    expect(await listTraits(facade)).toHaveLength(3);
    expect(seen.map(sent)).toEqual(["GET /traits?name=startswith:CUSTOM_HW&associated=true", "GET /traits"]);
    expect(microversionOf(seen[0]!)).toBe("placement 1.39");
    const old = setup("1.5");
    await expect(listTraits(old.session)).rejects.toBeInstanceOf(MicroversionError);
  });

  it("creates, checks and deletes one trait through the façade, bodiless", async () => {
    const { facade, seen } = setup();
    const known = new Set<string>();
    server.use(
      http.put(`${API}/traits/:name`, ({ params }) => {
        const isNew = !known.has(String(params["name"]));
        known.add(String(params["name"]));
        return new HttpResponse(null, { status: isNew ? 201 : 204 });
      }),
      http.get(`${API}/traits/:name`, ({ params }) =>
        known.has(String(params["name"])) ? noContent() : placementError(404, "No such trait"),
      ),
      http.delete(`${API}/traits/:name`, ({ params }) =>
        known.delete(String(params["name"])) ? noContent() : placementError(404, "No such trait"),
      ),
    );
    await facade.createTrait({ name: "CUSTOM_FAST" });
    await facade.createTrait({ name: "CUSTOM_FAST" });
    expect(await facade.traitExists({ name: "CUSTOM_FAST" })).toBe(true);
    await facade.deleteTrait({ name: "CUSTOM_FAST" });
    expect(await facade.traitExists({ name: "CUSTOM_FAST" })).toBe(false);
    await expect(facade.deleteTrait({ name: "CUSTOM_FAST" })).rejects.toBeInstanceOf(NotFoundError);
    expect(seen.map(sent)).toEqual([
      "PUT /traits/CUSTOM_FAST",
      "PUT /traits/CUSTOM_FAST",
      "GET /traits/CUSTOM_FAST",
      "DELETE /traits/CUSTOM_FAST",
      "GET /traits/CUSTOM_FAST",
      "DELETE /traits/CUSTOM_FAST",
    ]);
    expect(seen.every((r) => microversionOf(r) === "placement 1.6")).toBe(true);
  });
});

describe("a provider's traits", () => {
  const path = `${API}/resource_providers/${PROVIDER}/traits`;

  it("reads them with the generation", async () => {
    const { facade } = setup();
    server.use(http.get(path, () => HttpResponse.json(providerTraitsBody)));
    expect(await getResourceProviderTraits(facade, { resource_provider_uuid: PROVIDER })).toEqual(providerTraitsBody);
  });

  it("replaces them with the generation, and a stale one is a ConflictError", async () => {
    const { session, seen } = setup();
    let generation = 0;
    server.use(
      http.put(path, async ({ request }) => {
        const body = (await request.json()) as { resource_provider_generation: number; traits: string[] };
        if (body.resource_provider_generation !== generation) {
          return placementError(
            409,
            "Resource provider's generation already changed. Please update the generation and try again.",
            "placement.concurrent_update",
          );
        }
        generation += 1;
        return HttpResponse.json({ traits: body.traits, resource_provider_generation: generation });
      }),
    );
    const after = await setResourceProviderTraits(session, {
      resource_provider_uuid: PROVIDER,
      ...setProviderTraitsRequest,
    });
    expect(after.resource_provider_generation).toBe(1);
    expect(await seen[0]!.json()).toEqual(setProviderTraitsRequest);
    await expect(
      setResourceProviderTraits(session, { resource_provider_uuid: PROVIDER, ...setProviderTraitsRequest }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("removes them all through the façade", async () => {
    const { facade, seen } = setup();
    server.use(http.delete(path, () => noContent()));
    await facade.deleteResourceProviderTraits({ resource_provider_uuid: PROVIDER });
    expect(sent(seen[0]!)).toBe(`DELETE /resource_providers/${PROVIDER}/traits`);
  });
});
