import { ConflictError, InvalidArgumentError, NotFoundError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, microversionOf, noContent, placementCloud, placementError, sent } from "../fixtures.js";
import { createdProviderBody, providersBody } from "./fixtures.js";
import { resourceProviders } from "../../src/resource-providers/resource-provider.js";

const { server, setup } = placementCloud();
const [child, root] = providersBody.resource_providers;

describe("resource providers", () => {
  it("lists without an envelope per item, at the highest microversion both sides know, filters by wire name", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/resource_providers`, () => HttpResponse.json(providersBody)));
    const found = await facade.listResourceProviders({
      resources: "VCPU:2,MEMORY_MB:512",
      required: ["CUSTOM_A", "in:B,C"],
      member_of: "in:agg1,agg2",
      in_tree: root!.uuid,
    });
    expect(found.map((p) => p.uuid)).toEqual([child!.uuid, root!.uuid]);
    expect(found[1]?.parent_provider_uuid).toBeNull();
    expect(sent(seen[0]!)).toBe(
      `GET /resource_providers?resources=VCPU:2,MEMORY_MB:512&required=CUSTOM_A&required=in:B,C&member_of=in:agg1,agg2&in_tree=${root!.uuid}`,
    );
    expect(microversionOf(seen[0]!)).toBe("placement 1.39");
  });

  it("sends the server's maximum when it is below the SDK's", async () => {
    const { facade, seen } = setup("1.20");
    server.use(http.get(`${API}/resource_providers`, () => HttpResponse.json({ resource_providers: [] })));
    expect(await facade.listResourceProviders()).toEqual([]);
    expect(microversionOf(seen[0]!)).toBe("placement 1.20");
  });

  it("creates with a bare body and reads the provider Placement answers with", async () => {
    const { facade, seen } = setup();
    server.use(http.post(`${API}/resource_providers`, () => HttpResponse.json(createdProviderBody)));
    const made = await facade.createResourceProvider({
      name: "NFS Share",
      parent_provider_uuid: createdProviderBody.parent_provider_uuid,
    });
    expect(made.uuid).toBe(createdProviderBody.uuid);
    expect(made.generation).toBe(0);
    expect(await seen[0]!.json()).toEqual({
      name: "NFS Share",
      parent_provider_uuid: createdProviderBody.parent_provider_uuid,
    });
  });

  it("refuses read-only fields and a missing name before sending", async () => {
    const { facade, seen } = setup();
    // @ts-expect-error: generation is Placement's
    await expect(facade.createResourceProvider({ name: "x", generation: 3 })).rejects.toThrow(
      /'generation' cannot be set/,
    );
    // @ts-expect-error: name is required
    await expect(facade.createResourceProvider({})).rejects.toBeInstanceOf(InvalidArgumentError);
    // @ts-expect-error: a provider's uuid is chosen at create and never changes
    await expect(facade.updateResourceProvider(root!.uuid, { uuid: "other" })).rejects.toThrow(/'uuid' cannot be set/);
    expect(seen).toHaveLength(0);
  });

  it("gets, updates with PUT by uuid (the provider itself works as the reference) and deletes", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/resource_providers/:uuid`, () => HttpResponse.json(child)),
      http.put(`${API}/resource_providers/:uuid`, async ({ request }) =>
        HttpResponse.json({ ...child, ...((await request.json()) as object), generation: 2 }),
      ),
      http.delete(`${API}/resource_providers/:uuid`, ({ params }) =>
        params["uuid"] === "gone"
          ? placementError(404, "No resource provider with uuid gone found for delete")
          : noContent(),
      ),
    );
    const got = await facade.getResourceProvider(child!.uuid);
    const renamed = await facade.updateResourceProvider(got, { name: "renamed", parent_provider_uuid: null });
    expect(renamed.name).toBe("renamed");
    expect(renamed.parent_provider_uuid).toBeNull();
    await facade.deleteResourceProvider(renamed);
    await facade.deleteResourceProvider("gone");
    await expect(facade.deleteResourceProvider("gone", { ignoreMissing: false })).rejects.toBeInstanceOf(NotFoundError);
    expect(seen.map(sent)).toEqual([
      `GET /resource_providers/${child!.uuid}`,
      `PUT /resource_providers/${child!.uuid}`,
      `DELETE /resource_providers/${child!.uuid}`,
      "DELETE /resource_providers/gone",
      "DELETE /resource_providers/gone",
    ]);
    expect(await seen[1]!.json()).toEqual({ name: "renamed", parent_provider_uuid: null });
  });

  it("finds by uuid, then by name through the name filter", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/resource_providers/:uuid`, ({ params }) =>
        params["uuid"] === root!.uuid
          ? HttpResponse.json(root)
          : placementError(404, `No resource provider with uuid ${String(params["uuid"])} found`),
      ),
      http.get(`${API}/resource_providers`, ({ request }) => {
        const name = new URL(request.url).searchParams.get("name");
        return HttpResponse.json({
          resource_providers: providersBody.resource_providers.filter((p) => p.name === name),
        });
      }),
    );
    expect((await facade.findResourceProvider(root!.uuid))?.name).toBe("pony1");
    expect((await facade.findResourceProvider("vgr.localdomain"))?.uuid).toBe(child!.uuid);
    expect(await facade.findResourceProvider("nothing")).toBeNull();
    expect(seen.map(sent)).toContain("GET /resource_providers?name=vgr.localdomain");
  });

  it("passes Placement's 409 on as a ConflictError with its detail", async () => {
    const { session } = setup();
    server.use(
      http.delete(`${API}/resource_providers/:uuid`, () =>
        placementError(
          409,
          "Unable to delete parent resource provider: It has child resource providers.",
          "placement.resource_provider.cannot_delete_parent",
        ),
      ),
    );
    const failure = resourceProviders.delete(session, root!.uuid);
    await expect(failure).rejects.toBeInstanceOf(ConflictError);
    await expect(failure).rejects.toThrow(/It has child resource providers/);
  });
});
