import { ConflictError, MicroversionError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, microversionOf, noContent, placementCloud, placementError, sent } from "../fixtures.js";
import { resourceClassBody, resourceClassesBody } from "./fixtures.js";
import { resourceClasses } from "../../src/resource-classes/resource-class.js";

const { server, setup } = placementCloud();

describe("resource classes", () => {
  it("lists, gets and finds by name", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/resource_classes`, () => HttpResponse.json(resourceClassesBody)),
      http.get(`${API}/resource_classes/:name`, ({ params }) =>
        params["name"] === "CUSTOM_FPGA"
          ? HttpResponse.json(resourceClassBody)
          : placementError(404, "No such resource class"),
      ),
    );
    expect((await facade.listResourceClasses()).map((c) => c.name)).toEqual(["VCPU", "MEMORY_MB", "DISK_GB"]);
    expect((await facade.getResourceClass("CUSTOM_FPGA")).links?.[0]?.rel).toBe("self");
    expect((await facade.findResourceClass("CUSTOM_FPGA"))?.name).toBe("CUSTOM_FPGA");
    expect(await facade.findResourceClass("CUSTOM_NONE")).toBeNull();
    expect(seen.map(sent)).toEqual([
      "GET /resource_classes",
      "GET /resource_classes/CUSTOM_FPGA",
      "GET /resource_classes/CUSTOM_FPGA",
      "GET /resource_classes/CUSTOM_NONE",
      "GET /resource_classes",
    ]);
    expect(microversionOf(seen[0]!)).toBe("placement 1.39");
  });

  it("creates with POST at 1.2, and a duplicate is a ConflictError", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/resource_classes`, async ({ request }) =>
        ((await request.json()) as { name: string }).name === "CUSTOM_FPGA"
          ? new HttpResponse(null, { status: 201, headers: { location: "/resource_classes/CUSTOM_FPGA" } })
          : placementError(409, "Conflicting resource class already exists", "placement.duplicate_name"),
      ),
    );
    await facade.createResourceClass({ name: "CUSTOM_FPGA" });
    expect(await seen[0]!.json()).toEqual({ name: "CUSTOM_FPGA" });
    expect(microversionOf(seen[0]!)).toBe("placement 1.2");
    await expect(facade.createResourceClass({ name: "CUSTOM_TAKEN" })).rejects.toBeInstanceOf(ConflictError);
  });

  it("ensures one exists with a bodiless PUT at 1.7, which an older Placement cannot do", async () => {
    const { facade, seen } = setup();
    server.use(http.put(`${API}/resource_classes/:name`, () => new HttpResponse(null, { status: 201 })));
    await facade.updateResourceClass({ name: "CUSTOM_FPGA" });
    expect(sent(seen[0]!)).toBe("PUT /resource_classes/CUSTOM_FPGA");
    expect(seen[0]!.body).toBeNull();
    expect(microversionOf(seen[0]!)).toBe("placement 1.7");
    const old = setup("1.6");
    await expect(old.facade.updateResourceClass({ name: "CUSTOM_FPGA" })).rejects.toThrow(MicroversionError);
  });

  it("deletes, ignoring a class already gone", async () => {
    const { session, seen } = setup();
    server.use(
      http.delete(`${API}/resource_classes/:name`, ({ params }) =>
        params["name"] === "CUSTOM_FPGA" ? noContent() : placementError(404, "gone"),
      ),
    );
    await resourceClasses.delete(session, "CUSTOM_FPGA");
    await resourceClasses.delete(session, "CUSTOM_GONE");
    expect(seen.map(sent)).toEqual(["DELETE /resource_classes/CUSTOM_FPGA", "DELETE /resource_classes/CUSTOM_GONE"]);
  });
});
