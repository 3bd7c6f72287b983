import { http, HttpResponse } from "msw";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { accepted, API, blockStorageCloud, sent } from "../fixtures.js";
import { quotaDefaultsBody, quotaSetBody, quotaUsageBody, updatedQuotaBody, updateQuotaRequest } from "./fixtures.js";
import { QuotaSetUsageBody } from "../../src/quota-sets/quota-set.js";

const { server, setup } = blockStorageCloud();
const project = "fake_tenant";

describe("quota sets", () => {
  it("gets a project's quotas, per-type quotas included", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/os-quota-sets/:project`, () => HttpResponse.json(quotaSetBody)));
    const quotas = await facade.getQuotaSet({ id: project, name: "a project" });
    expect(quotas.volumes).toBe(10);
    expect(quotas["volumes___DEFAULT__" as "volumes"]).toBe(-1);
    expect(sent(seen[0]!)).toBe(`GET os-quota-sets/${project}`);
  });

  it("updates (the answer has no id) and reverts to the defaults with DELETE", async () => {
    const { facade, seen } = setup();
    server.use(
      http.put(`${API}/os-quota-sets/:project`, () => HttpResponse.json(updatedQuotaBody)),
      http.delete(`${API}/os-quota-sets/:project`, accepted),
    );
    const updated = await facade.updateQuotaSet(project, updateQuotaRequest.quota_set);
    expect(updated).toMatchObject({ volumes: 5, backups: 4, groups: 11 });
    expect(updated.id).toBeUndefined();
    expect(await seen[0]!.json()).toEqual(updateQuotaRequest);
    await facade.deleteQuotaSet(project);
    expect(seen.map(sent)).toEqual([`PUT os-quota-sets/${project}`, `DELETE os-quota-sets/${project}`]);
  });

  it("reads the defaults and the usage", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/os-quota-sets/:project/defaults`, () => HttpResponse.json(quotaDefaultsBody)),
      http.get(`${API}/os-quota-sets/:project`, ({ request }) =>
        new URL(request.url).searchParams.get("usage") === "True"
          ? HttpResponse.json(quotaUsageBody)
          : HttpResponse.json(quotaSetBody),
      ),
    );
    expect(await facade.getQuotaSetDefaults({ project })).toEqual(quotaDefaultsBody);
    const usage = v.parse(QuotaSetUsageBody, await facade.getQuotaSetUsage({ project }));
    expect(usage.quota_set.volumes).toEqual({ in_use: 0, limit: 10, reserved: 0 });
    expect(seen.map(sent)).toEqual([
      `GET os-quota-sets/${project}/defaults`,
      `GET os-quota-sets/${project}?usage=True`,
    ]);
  });
});
