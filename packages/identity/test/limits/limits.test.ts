import { ResponseValidationError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, collection, identityCloud, noContent, sent } from "../fixtures.js";
import {
  flatModelBody,
  serviceId,
  snapshotLimitBody,
  snapshotLimitRequest,
  volumeLimitBody,
  volumeLimitRequest,
} from "./fixtures.js";
import { limits } from "../../src/limits/limit.js";

const { server, setup } = identityCloud();

describe("limits", () => {
  it("creates one limit as a list of one, and returns that one", async () => {
    const { facade, seen } = setup();
    server.use(http.post(`${API}/limits`, () => HttpResponse.json({ limits: [snapshotLimitBody] }, { status: 201 })));
    const created = await facade.createLimit(snapshotLimitRequest);
    expect(created).toMatchObject({ id: snapshotLimitBody.id, resource_limit: 5, domain_id: null });
    expect(sent(seen[0]!)).toBe("POST /v3/limits");
    expect(await seen[0]!.json()).toEqual({ limits: [snapshotLimitRequest] });
  });

  it("creates many at once with createLimits, answering Keystone's list", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/limits`, () =>
        HttpResponse.json({ limits: [volumeLimitBody, snapshotLimitBody] }, { status: 201 }),
      ),
    );
    const answer = await facade.createLimits({ limits: [snapshotLimitRequest, volumeLimitRequest] });
    expect(answer).toEqual({ limits: [volumeLimitBody, snapshotLimitBody] });
    expect(await seen[0]!.json()).toEqual({ limits: [snapshotLimitRequest, volumeLimitRequest] });
  });

  it("checks a single create before sending, and that one limit came back", async () => {
    const { session, seen } = setup();
    server.use(
      http.post(`${API}/limits`, () =>
        HttpResponse.json({ limits: [volumeLimitBody, snapshotLimitBody] }, { status: 201 }),
      ),
    );
    const { resource_limit: _, ...withoutValue } = snapshotLimitRequest;
    // @ts-expect-error: resource_limit is required
    await expect(limits.create(session, withoutValue)).rejects.toThrow(/createLimit needs 'resource_limit'/);
    // @ts-expect-error: the id comes from Keystone
    await expect(limits.create(session, { ...snapshotLimitRequest, id: "mine" })).rejects.toThrow(/'id' cannot be set/);
    expect(seen).toHaveLength(0);
    await expect(limits.create(session, snapshotLimitRequest)).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it("lists with filters, gets one, and reads the enforcement model", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/limits`, () => collection("limits", [volumeLimitBody, snapshotLimitBody])),
      // Before `/limits/:id`: msw answers with the first handler that matches.
      http.get(`${API}/limits/model`, () => HttpResponse.json(flatModelBody)),
      http.get(`${API}/limits/:id`, () => HttpResponse.json({ limit: snapshotLimitBody })),
    );
    const listed = await facade.listLimits({
      service_id: serviceId,
      project_id: snapshotLimitBody.project_id,
      region_id: "RegionOne",
      resource_name: "snapshot",
    });
    expect(listed.map((l) => l.resource_name)).toEqual(["volume", "snapshot"]);
    expect((await facade.getLimit(snapshotLimitBody.id)).region_id).toBe("RegionOne");
    expect(await facade.getLimitModel()).toEqual(flatModelBody);
    expect(seen.map(sent)).toEqual([
      `GET /v3/limits?service_id=${serviceId}&project_id=${snapshotLimitBody.project_id}&region_id=RegionOne&resource_name=snapshot`,
      `GET /v3/limits/${snapshotLimitBody.id}`,
      "GET /v3/limits/model",
    ]);
  });

  it("updates only the value and description, with PATCH, and deletes", async () => {
    const { facade, seen } = setup();
    const updated = { ...snapshotLimitBody, description: "Number of snapshots" };
    server.use(
      http.patch(`${API}/limits/:id`, () => HttpResponse.json({ limit: updated })),
      http.delete(`${API}/limits/:id`, () => noContent()),
    );
    // @ts-expect-error: Keystone does not move a limit to another project
    await expect(facade.updateLimit(snapshotLimitBody, { project_id: "other" })).rejects.toThrow(
      /'project_id' cannot be set/,
    );
    expect(
      (await facade.updateLimit(snapshotLimitBody, { resource_limit: 5, description: "Number of snapshots" }))
        .description,
    ).toBe("Number of snapshots");
    await facade.deleteLimit(snapshotLimitBody);
    expect(await seen[0]!.json()).toEqual({ limit: { resource_limit: 5, description: "Number of snapshots" } });
    expect(seen.map(sent)).toEqual([
      `PATCH /v3/limits/${snapshotLimitBody.id}`,
      `DELETE /v3/limits/${snapshotLimitBody.id}`,
    ]);
  });
});
