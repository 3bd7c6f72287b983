import { ConflictError, MicroversionError, ResponseValidationError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, microversionOf, noContent, placementCloud, placementError, sent } from "../fixtures.js";
import { inventoriesBody, inventoryBody, PROVIDER, setInventoriesRequest, updatedInventoryBody } from "./fixtures.js";
import { getResourceProviderInventories, setResourceProviderInventories } from "../../src/inventories/inventory-map.js";

const { server, setup } = placementCloud();
const base = `${API}/resource_providers/${PROVIDER}/inventories`;

describe("a provider's whole inventory", () => {
  it("reads the map keyed by resource class, with the generation beside it", async () => {
    const { facade, seen } = setup();
    server.use(http.get(base, () => HttpResponse.json(inventoriesBody)));
    const got = await getResourceProviderInventories(facade, { resource_provider_uuid: { uuid: PROVIDER } });
    expect(got.resource_provider_generation).toBe(7);
    expect(Object.keys(got.inventories)).toEqual(["DISK_GB", "MEMORY_MB", "VCPU"]);
    expect(got.inventories["MEMORY_MB"]?.reserved).toBe(512);
    expect(sent(seen[0]!)).toBe(`GET /resource_providers/${PROVIDER}/inventories`);
    expect(microversionOf(seen[0]!)).toBe("placement 1.39");
  });

  it("replaces it with PUT, generation included, and answers with the new one", async () => {
    const { session, seen } = setup();
    // Placement answers with every field of every record, defaults filled in.
    const filled = { allocation_ratio: 1.0, max_unit: 2147483647, min_unit: 1, reserved: 0, step_size: 1 };
    const inventories = Object.fromEntries(
      Object.entries(setInventoriesRequest.inventories).map(([rc, record]) => [rc, { ...filled, ...record }]),
    );
    server.use(http.put(base, () => HttpResponse.json({ inventories, resource_provider_generation: 2 })));
    const after = await setResourceProviderInventories(session, {
      resource_provider_uuid: PROVIDER,
      ...setInventoriesRequest,
    });
    expect(after.resource_provider_generation).toBe(2);
    expect(after.inventories["VCPU"]).toEqual({ ...filled, allocation_ratio: 10.0, reserved: 2, total: 64 });
    expect(await seen[0]!.json()).toEqual(setInventoriesRequest);
  });

  it("turns a stale generation into a ConflictError the caller can catch and retry on", async () => {
    const { session } = setup();
    server.use(
      http.put(base, () => placementError(409, "resource provider generation conflict", "placement.concurrent_update")),
    );
    const failure = setResourceProviderInventories(session, {
      resource_provider_uuid: PROVIDER,
      resource_provider_generation: 0,
      inventories: {},
    });
    await expect(failure).rejects.toBeInstanceOf(ConflictError);
    await expect(failure).rejects.toThrow(/generation conflict/);
  });

  it("rejects an answer that is not an inventory map, naming the field", async () => {
    const { session } = setup();
    server.use(
      http.get(base, () =>
        HttpResponse.json({ inventories: { VCPU: { total: "4" } }, resource_provider_generation: 1 }),
      ),
    );
    const failure = getResourceProviderInventories(session, { resource_provider_uuid: PROVIDER });
    await expect(failure).rejects.toBeInstanceOf(ResponseValidationError);
    await expect(failure).rejects.toThrow(/inventories\.VCPU\.total/);
  });

  it("checks the provider uuid before sending anything", async () => {
    const { session, seen } = setup();
    await expect(getResourceProviderInventories(session, { resource_provider_uuid: "../traits" })).rejects.toThrow(
      /never contain/,
    );
    // @ts-expect-error: a provider reference is a uuid or has one
    await expect(getResourceProviderInventories(session, { resource_provider_uuid: { id: PROVIDER } })).rejects.toThrow(
      /resource_provider_uuid must be a non-empty string/,
    );
    expect(seen).toHaveLength(0);
  });

  it("deletes it all through the façade, at 1.5, and refuses when the server is older", async () => {
    const { facade, seen } = setup();
    server.use(http.delete(base, () => noContent()));
    await facade.deleteResourceProviderInventories({ resource_provider_uuid: PROVIDER });
    expect(sent(seen[0]!)).toBe(`DELETE /resource_providers/${PROVIDER}/inventories`);
    expect(microversionOf(seen[0]!)).toBe("placement 1.5");
    const old = setup("1.4");
    await expect(
      old.facade.deleteResourceProviderInventories({ resource_provider_uuid: PROVIDER }),
    ).rejects.toBeInstanceOf(MicroversionError);
    expect(old.seen).toHaveLength(0);
  });
});

describe("one inventory of a provider", () => {
  it("gets one resource class's record", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${base}/:rc`, () => HttpResponse.json(inventoryBody)));
    const vcpu = await facade.getResourceProviderInventory("VCPU", { resource_provider_uuid: PROVIDER });
    expect(vcpu.total).toBe(4);
    expect(vcpu.resource_provider_generation).toBe(9);
    expect(sent(seen[0]!)).toBe(`GET /resource_providers/${PROVIDER}/inventories/VCPU`);
  });

  it("creates with POST, the class in the body", async () => {
    const { facade, seen } = setup();
    server.use(http.post(base, () => HttpResponse.json({ ...inventoryBody, total: 8 }, { status: 201 })));
    const made = await facade.createResourceProviderInventory({
      resource_provider_uuid: PROVIDER,
      resource_class: "VCPU",
      total: 8,
      allocation_ratio: 16,
    });
    expect(made.total).toBe(8);
    expect(await seen[0]!.json()).toEqual({ resource_class: "VCPU", total: 8, allocation_ratio: 16 });
    await expect(
      // @ts-expect-error: total is required
      facade.createResourceProviderInventory({ resource_provider_uuid: PROVIDER, resource_class: "VCPU" }),
    ).rejects.toThrow(/needs 'total'/);
  });

  it("updates with PUT and the generation; the class cannot move", async () => {
    const { facade, seen } = setup();
    server.use(http.put(`${base}/:rc`, () => HttpResponse.json(updatedInventoryBody)));
    const updated = await facade.updateResourceProviderInventory(
      "DISK_GB",
      { resource_provider_generation: 7, total: 50 },
      { resource_provider_uuid: PROVIDER },
    );
    expect(updated.max_unit).toBe(2147483647);
    expect(sent(seen[0]!)).toBe(`PUT /resource_providers/${PROVIDER}/inventories/DISK_GB`);
    expect(await seen[0]!.json()).toEqual({ resource_provider_generation: 7, total: 50 });
    await expect(
      facade.updateResourceProviderInventory(
        "DISK_GB",
        // @ts-expect-error: the class is the inventory's name
        { resource_class: "VCPU" },
        { resource_provider_uuid: PROVIDER },
      ),
    ).rejects.toThrow(/cannot be set/);
  });

  it("deletes one class, ignoring one already gone, and needs the provider", async () => {
    const { facade, seen } = setup();
    server.use(
      http.delete(`${base}/:rc`, ({ params }) =>
        params["rc"] === "VCPU" ? noContent() : placementError(404, "No inventory of class DISK_GB found for delete"),
      ),
    );
    await facade.deleteResourceProviderInventory("VCPU", { resource_provider_uuid: PROVIDER });
    await facade.deleteResourceProviderInventory("DISK_GB", { resource_provider_uuid: PROVIDER });
    expect(seen.map(sent)).toEqual([
      `DELETE /resource_providers/${PROVIDER}/inventories/VCPU`,
      `DELETE /resource_providers/${PROVIDER}/inventories/DISK_GB`,
    ]);
    await expect(facade.deleteResourceProviderInventory("VCPU")).rejects.toThrow(/resource_provider_uuid/);
  });
});
