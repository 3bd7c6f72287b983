import { describe, expect, it } from "vitest";
import { mockCloud } from "../../src/cloud/mock-cloud.js";
import { clientOf } from "../fixtures.js";

const at = (version: string) => ({ "OpenStack-API-Version": `placement ${version}` });

describe("fake Placement", () => {
  it("answers a create with 201 and a Location before 1.20, with 200 and the provider since", async () => {
    const cloud = mockCloud();
    const admin = clientOf(cloud);
    const old = await admin.post("placement/resource_providers", { name: "old" }, at("1.19"));
    expect([old.status, old.text]).toEqual([201, ""]);
    expect(old.headers.get("location")).toMatch(
      new RegExp(`^${cloud.urls.placement}/resource_providers/[0-9a-f-]{36}$`),
    );
    const made = await admin.post("placement/resource_providers", { name: "new" }, at("1.39"));
    expect(made.status).toBe(200);
    expect(made.body).toMatchObject({
      name: "new",
      generation: 0,
      parent_provider_uuid: null,
      root_provider_uuid: made.body.uuid,
    });
    expect(made.body.links.map((l: { rel: string }) => l.rel)).toEqual([
      "self",
      "inventories",
      "usages",
      "aggregates",
      "traits",
      "allocations",
    ]);
    expect((await admin.get(`placement/resource_providers/${made.body.uuid}`, at("1.10"))).body).not.toHaveProperty(
      "root_provider_uuid",
    );
  });

  it("writes errors as Placement does, codes included", async () => {
    const cloud = mockCloud();
    const admin = clientOf(cloud);
    await admin.post("placement/resource_providers", { name: "dup" }, at("1.39"));
    const conflict = await admin.post("placement/resource_providers", { name: "dup" }, at("1.39"));
    expect(conflict.status).toBe(409);
    expect(conflict.body.errors[0]).toMatchObject({
      status: 409,
      title: "Conflict",
      detail:
        "There was a conflict when trying to complete your request.\n\n Conflicting resource provider name: dup already exists.  ",
      code: "placement.duplicate_name",
    });
    const high = await admin.get("placement/resource_providers", at("1.40"));
    expect(high.status).toBe(406);
    expect(high.body.errors[0]).toMatchObject({ max_version: "1.39", min_version: "1.0" });
  });

  it("keeps trees: in_tree finds a whole tree; a parent cannot be deleted before its children", async () => {
    const cloud = mockCloud();
    const admin = clientOf(cloud);
    const root = (await admin.post("placement/resource_providers", { name: "root" }, at("1.39"))).body;
    const child = (
      await admin.post("placement/resource_providers", { name: "child", parent_provider_uuid: root.uuid }, at("1.39"))
    ).body;
    expect(child.root_provider_uuid).toBe(root.uuid);
    expect(
      (await admin.get(`placement/resource_providers?in_tree=${child.uuid}`)).body.resource_providers.map(
        (p: { name: string }) => p.name,
      ),
    ).toEqual(["root", "child"]);
    expect((await admin.delete(`placement/resource_providers/${root.uuid}`)).status).toBe(409);
    expect((await admin.delete(`placement/resource_providers/${child.uuid}`)).status).toBe(204);
    expect((await admin.delete(`placement/resource_providers/${root.uuid}`)).status).toBe(204);
  });
});
