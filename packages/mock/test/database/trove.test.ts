import { describe, expect, it } from "vitest";
import { mockCloud } from "../../src/cloud/mock-cloud.js";
import { clientOf } from "../fixtures.js";

describe("fake Trove on the wire", () => {
  it("takes an instance BUILD → ERROR (no guest), refusing guest calls and a delete while it builds", async () => {
    let now = Date.parse("2030-01-01T00:00:00Z");
    const cloud = mockCloud({ now: () => now, delay: 1000 });
    const raw = clientOf(cloud);
    const base = `database/v1.0/${cloud.ids.projects.admin}`;
    const flavor = cloud.state.flavors[0]!["id"];
    const made = await raw.post(`${base}/instances`, {
      instance: { name: "db", flavorRef: flavor, volume: { size: 1 } },
    });
    expect([made.status, made.body.instance.status]).toEqual([200, "BUILD"]);
    const id = made.body.instance.id;
    expect(made.body.instance.links[0].href).toMatch(/^https:\/\//);
    const restart = await raw.post(`${base}/instances/${id}/action`, { restart: {} });
    expect([restart.status, restart.body.unprocessableEntity.message]).toEqual([
      422,
      `Instance ${id} is not ready. (Status is BUILD).`,
    ]);
    expect((await raw.delete(`${base}/instances/${id}`)).status).toBe(422);
    now += 1000;
    expect((await raw.get(`${base}/instances/${id}`)).body.instance.status).toBe("ERROR");
    expect((await raw.delete(`${base}/instances/${id}`)).status).toBe(202);
    now += 1000;
    expect((await raw.get(`${base}/instances/${id}`)).status).toBe(404);
  });

  it("pages configuration groups by id with Trove's https next link", async () => {
    const cloud = mockCloud();
    const raw = clientOf(cloud);
    const base = `database/v1.0/${cloud.ids.projects.admin}`;
    for (const name of ["a", "b"])
      await raw.post(`${base}/configurations`, { configuration: { name, values: {}, datastore: { type: "mysql" } } });
    const first = await raw.get(`${base}/configurations?limit=1`);
    expect(first.body.configurations).toHaveLength(1);
    const next = first.body.links[0];
    expect(next).toMatchObject({ rel: "next", href: expect.stringMatching(/^https:\/\/.*limit=1&marker=/) });
    const second = await raw.get(`${base}/configurations?${next.href.split("?")[1]}`);
    expect([second.body.configurations.length, second.body.links]).toEqual([1, undefined]);
  });
});
