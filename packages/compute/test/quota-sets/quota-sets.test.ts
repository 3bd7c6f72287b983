import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { accepted, API, computeCloud, microversionOf, sent } from "../fixtures.js";

const { server, setup } = computeCloud();

const PROJECT = "6f70656e737461636b20342065766572";
const quotaBody = {
  cores: 20,
  id: PROJECT,
  instances: 10,
  key_pairs: 100,
  metadata_items: 128,
  ram: 51200,
  server_groups: 10,
  server_group_members: 10,
};
const usage = (limit: number) => ({ in_use: 0, limit, reserved: 0 });

describe("quota sets", () => {
  it("gets a project's quotas, updates them (an answer without id) and reverts them", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/os-quota-sets/:id`, () => HttpResponse.json({ quota_set: quotaBody })),
      http.put(`${API}/os-quota-sets/:id`, () =>
        HttpResponse.json({ quota_set: { ...quotaBody, id: undefined, instances: 20 } }),
      ),
      http.delete(`${API}/os-quota-sets/:id`, () => accepted()),
    );
    expect((await facade.getQuotaSet({ id: PROJECT })).instances).toBe(10);
    const updated = await facade.updateQuotaSet(PROJECT, { instances: 20, force: true });
    expect(updated.instances).toBe(20);
    expect(updated.id).toBeUndefined();
    await facade.deleteQuotaSet(PROJECT);
    expect(seen.map(sent)).toEqual([
      `GET /v2.1/os-quota-sets/${PROJECT}`,
      `PUT /v2.1/os-quota-sets/${PROJECT}`,
      `DELETE /v2.1/os-quota-sets/${PROJECT}`,
    ]);
    expect(await seen[1]!.json()).toEqual({ quota_set: { instances: 20, force: true } });
    expect(microversionOf(seen[0]!)).toBe("2.57");
  });

  it("answers the defaults and the usage detail", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/os-quota-sets/:id/defaults`, () => HttpResponse.json({ quota_set: quotaBody })),
      http.get(`${API}/os-quota-sets/:id/detail`, () =>
        HttpResponse.json({ quota_set: { id: PROJECT, cores: usage(20), instances: usage(10), ram: usage(51200) } }),
      ),
    );
    expect(await facade.getQuotaSetDefaults({ project: PROJECT })).toEqual({ quota_set: quotaBody });
    expect(await facade.getQuotaSetDetail({ project: { id: PROJECT } })).toMatchObject({
      quota_set: { cores: { limit: 20, in_use: 0 } },
    });
    expect(seen.map(sent)).toEqual([
      `GET /v2.1/os-quota-sets/${PROJECT}/defaults`,
      `GET /v2.1/os-quota-sets/${PROJECT}/detail`,
    ]);
  });

  it("updates and reverts one user's quotas within the project with user_id", async () => {
    const { facade, seen } = setup();
    server.use(
      http.put(`${API}/os-quota-sets/:id`, () => HttpResponse.json({ quota_set: { ...quotaBody, id: undefined } })),
      http.delete(`${API}/os-quota-sets/:id`, () => accepted()),
    );
    await facade.updateQuotaSet(PROJECT, { instances: 5 }, { user_id: "u1" });
    await facade.deleteQuotaSet(PROJECT, { user_id: "u1" });
    expect(seen.map(sent)).toEqual([
      `PUT /v2.1/os-quota-sets/${PROJECT}?user_id=u1`,
      `DELETE /v2.1/os-quota-sets/${PROJECT}?user_id=u1`,
    ]);
    expect(await seen[0]!.json()).toEqual({ quota_set: { instances: 5 } });
    await expect(facade.deleteQuotaSet(PROJECT, { user: "u1" } as never)).rejects.toThrow(
      "deleteQuotaSet has no option 'user'; it takes: signal, ignoreMissing, user_id",
    );
    expect(seen).toHaveLength(2);
  });
});
