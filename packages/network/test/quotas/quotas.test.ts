import { http, HttpResponse } from "msw";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { API, bodyOf, networkCloud, noContent, sent } from "../fixtures.js";
import { projectId, quotaBody, quotaDetailsBody, quotaListBody } from "./fixtures.js";
import { Quota, QuotaDetails } from "../../src/quotas/quota.js";

const { server, setup } = networkCloud();

describe("quotas", () => {
  it("lists the projects with their own quotas, and gets one project's by its id", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/quotas`, () => HttpResponse.json(quotaListBody)),
      http.get(`${API}/quotas/:project`, () => HttpResponse.json(quotaBody)),
    );
    const [listed] = await facade.listQuotas();
    expect(listed?.project_id).toBe(projectId);
    expect(listed?.network).toBe(15);
    expect((await facade.getQuota(projectId)).network).toBe(10);
    // A project (anything with the project's id) names its quota.
    await facade.getQuota({ id: projectId, name: "demo" });
    expect(seen.map(sent)).toEqual([
      "GET /v2.0/quotas",
      `GET /v2.0/quotas/${projectId}`,
      `GET /v2.0/quotas/${projectId}`,
    ]);
  });

  it("updates limits with PUT and resets to the defaults with DELETE", async () => {
    const { facade, seen } = setup();
    server.use(
      http.put(`${API}/quotas/:project`, () => HttpResponse.json({ quota: { ...quotaBody.quota, network: 15 } })),
      http.delete(`${API}/quotas/:project`, () => noContent()),
    );
    expect((await facade.updateQuota(projectId, { network: 15, check_limit: true })).network).toBe(15);
    await facade.deleteQuota(projectId);
    expect(seen.map(sent)).toEqual([`PUT /v2.0/quotas/${projectId}`, `DELETE /v2.0/quotas/${projectId}`]);
    expect(await bodyOf(seen[0]!)).toEqual({ quota: { network: 15, check_limit: true } });
  });

  it("gets the defaults and the details (limit, used, reserved per resource)", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/quotas/:project/default`, () => HttpResponse.json(quotaBody)),
      http.get(`${API}/quotas/:project/details.json`, () => HttpResponse.json(quotaDetailsBody)),
    );
    const defaults = v.parse(v.object({ quota: Quota }), await facade.getQuotaDefault({ project: projectId }));
    expect(defaults.quota.port).toBe(50);
    const details = v.parse(
      v.object({ quota: QuotaDetails }),
      await facade.getQuotaDetails({ project: { id: projectId } }),
    );
    expect(details.quota["port"]).toEqual({ used: 21, limit: 500, reserved: 3 });
    expect(seen.map(sent)).toEqual([
      `GET /v2.0/quotas/${projectId}/default`,
      `GET /v2.0/quotas/${projectId}/details.json`,
    ]);
  });

  it("has no create and no find: a quota exists for every project", async () => {
    const { facade } = setup();
    // @ts-expect-error: quotas are not created
    expect(facade.createQuota).toBeUndefined();
    // @ts-expect-error: nor found by name
    expect(facade.findQuota).toBeUndefined();
    // @ts-expect-error: the project is not a field
    await expect(facade.updateQuota(projectId, { project_id: "other" })).rejects.toThrow(/cannot be set/);
  });
});
