import { MicroversionError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { accepted, API, computeCloud, microversionOf, sent } from "../fixtures.js";

const { server, setup } = computeCloud();

const aggregateBody = {
  availability_zone: "london",
  created_at: "2016-12-27T22:51:32.000000",
  deleted: false,
  deleted_at: null,
  hosts: ["compute"],
  id: 1,
  metadata: { availability_zone: "london" },
  name: "name",
  updated_at: null,
  uuid: "86a0da0e-9f0c-4f51-a1e0-3c25edab3783",
};
const { hosts: _hosts, metadata: _metadata, ...createdBody } = aggregateBody;

describe("aggregates", () => {
  it("creates (an answer without hosts or metadata), lists, gets by its integer id, updates and deletes", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/os-aggregates`, () => HttpResponse.json({ aggregate: createdBody })),
      http.get(`${API}/os-aggregates`, () => HttpResponse.json({ aggregates: [aggregateBody] })),
      http.get(`${API}/os-aggregates/:id`, () => HttpResponse.json({ aggregate: aggregateBody })),
      http.put(`${API}/os-aggregates/:id`, () =>
        HttpResponse.json({ aggregate: { ...aggregateBody, name: "newname", availability_zone: "nova2" } }),
      ),
      http.delete(`${API}/os-aggregates/:id`, () => new HttpResponse(null, { status: 200 })),
    );
    const created = await facade.createAggregate({ name: "name", availability_zone: "london" });
    expect(created.id).toBe("1");
    expect(created.hosts).toBeUndefined();
    expect((await facade.listAggregates()).map((a) => a.hosts)).toEqual([["compute"]]);
    expect((await facade.getAggregate(created)).metadata).toEqual({ availability_zone: "london" });
    expect((await facade.updateAggregate(created, { name: "newname", availability_zone: "nova2" })).name).toBe(
      "newname",
    );
    await facade.deleteAggregate(created);
    expect(seen.map(sent)).toEqual([
      "POST /v2.1/os-aggregates",
      "GET /v2.1/os-aggregates",
      "GET /v2.1/os-aggregates/1",
      "PUT /v2.1/os-aggregates/1",
      "DELETE /v2.1/os-aggregates/1",
    ]);
    expect(await seen[3]!.json()).toEqual({ aggregate: { name: "newname", availability_zone: "nova2" } });
    expect(microversionOf(seen[0]!)).toBe("2.81");
  });

  it("adds and removes hosts, sets metadata and precaches images", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/os-aggregates/:id/action`, () => HttpResponse.json({ aggregate: aggregateBody })),
      http.post(`${API}/os-aggregates/:id/images`, () => accepted()),
    );
    expect(await facade.addHostToAggregate({ aggregate: "1", host: "compute" })).toEqual({ aggregate: aggregateBody });
    await facade.removeHostFromAggregate({ aggregate: "1", host: "compute" });
    await facade.setAggregateMetadata({ aggregate: "1", metadata: { key: "value", availability_zone: null } });
    await facade.aggregatePrecacheImages({
      aggregate: "1",
      images: ["70a599e0-31e7-49b7-b260-868f441e862b", { id: "a2459075-d96c-40d5-893e-577ff92e721c" }],
    });
    expect(await Promise.all(seen.map((r) => r.json()))).toEqual([
      { add_host: { host: "compute" } },
      { remove_host: { host: "compute" } },
      { set_metadata: { metadata: { key: "value", availability_zone: null } } },
      { cache: [{ id: "70a599e0-31e7-49b7-b260-868f441e862b" }, { id: "a2459075-d96c-40d5-893e-577ff92e721c" }] },
    ]);
    expect(sent(seen[3]!)).toBe("POST /v2.1/os-aggregates/1/images");
    expect(microversionOf(seen[3]!)).toBe("2.81");
  });

  it("takes the integer id as a number, in the verbs and the actions, and says what it got when it is not one", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/os-aggregates/:id`, () => HttpResponse.json({ aggregate: aggregateBody })),
      http.delete(`${API}/os-aggregates/:id`, () => new HttpResponse(null, { status: 200 })),
      http.post(`${API}/os-aggregates/:id/action`, () => HttpResponse.json({ aggregate: aggregateBody })),
    );
    expect((await facade.getAggregate(1)).name).toBe("name");
    await facade.deleteAggregate(1);
    await facade.addHostToAggregate({ aggregate: 1, host: "compute" });
    const integer = "must be a non-negative integer (or its digits as a string)";
    await expect(facade.getAggregate(1.5)).rejects.toThrow(`Aggregate id ${integer}, got 1.5`);
    await expect(facade.getAggregate({ name: "x" } as never)).rejects.toThrow(
      `Aggregate id ${integer}, got an object without 'id' (its keys: name)`,
    );
    await expect(facade.removeHostFromAggregate({ aggregate: "london", host: "compute" })).rejects.toThrow(
      `aggregate ${integer}, got "london"`,
    );
    expect(seen.map(sent)).toEqual([
      "GET /v2.1/os-aggregates/1",
      "DELETE /v2.1/os-aggregates/1",
      "POST /v2.1/os-aggregates/1/action",
    ]);
  });

  it("finds by name without a GET by a name that cannot be an id", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/os-aggregates`, () => HttpResponse.json({ aggregates: [aggregateBody] })));
    expect((await facade.findAggregate("name"))?.id).toBe("1");
    expect(seen.map(sent)).toEqual(["GET /v2.1/os-aggregates"]);
  });

  it("refuses to precache images on a Nova older than 2.81", async () => {
    const { facade } = setup({ maxMicroversion: "2.79" });
    await expect(facade.aggregatePrecacheImages({ aggregate: "1", images: ["x"] })).rejects.toBeInstanceOf(
      MicroversionError,
    );
  });
});
