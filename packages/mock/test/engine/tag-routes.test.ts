import { describe, expect, it } from "vitest";
import { mockCloud } from "../../src/cloud/mock-cloud.js";
import { clientOf } from "../fixtures.js";

describe("tag calls", () => {
  it("Keystone: 201 without a body, 204 or its 404 on a check, the list with links", async () => {
    const cloud = mockCloud();
    const admin = clientOf(cloud);
    const path = `v3/projects/${cloud.ids.projects.demo}/tags`;
    expect((await admin.put(`${path}/blue`)).status).toBe(201);
    expect((await admin.get(`${path}/blue`)).status).toBe(204);
    expect((await admin.get(`${path}/red`)).body).toEqual({
      error: { code: 404, message: "Could not find project tag: red.", title: "Not Found" },
    });
    expect((await admin.get(path)).body).toEqual({ links: { self: cloud.authUrl }, tags: ["blue"] });
    expect((await admin.get(`v3/projects?tags=blue`)).body.projects.map((p: { name: string }) => p.name)).toEqual([
      "demo",
    ]);
  });

  it("Neutron: 201 with null, the whole list replaced by PUT, TagNotFound, and a new revision each time", async () => {
    const cloud = mockCloud();
    const admin = clientOf(cloud);
    const network = (await admin.post("network/v2.0/networks", { network: { name: "t" } })).body.network;
    const path = `network/v2.0/networks/${network.id}/tags`;
    const added = await admin.put(`${path}/blue`);
    expect([added.status, added.text]).toEqual([201, "null"]);
    expect((await admin.put(path, { tags: ["a", "b"] })).body).toEqual({ tags: ["a", "b"] });
    expect((await admin.delete(`${path}/blue`)).body.NeutronError).toEqual({
      type: "TagNotFound",
      message: "Tag blue could not be found.",
      detail: "",
    });
    expect((await admin.get(`network/v2.0/networks/${network.id}`)).body.network).toMatchObject({
      tags: ["a", "b"],
      revision_number: network.revision_number + 2,
    });
    expect((await admin.delete(path)).status).toBe(204);
  });
});
