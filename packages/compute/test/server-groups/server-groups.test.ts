import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, computeCloud, microversionOf, noContent, sent } from "../fixtures.js";

const { server, setup } = computeCloud();

const groupBody = {
  id: "5bbcc3c4-1da2-4437-a48a-66f15b1b13f9",
  name: "test",
  policy: "anti-affinity",
  rules: { max_server_per_host: 3 },
  members: [],
  project_id: "6f70656e737461636b20342065766572",
  user_id: "fake",
};
/** The same group as 2.13 to 2.63 show it. */
const oldGroupBody = {
  id: groupBody.id,
  name: "test",
  policies: ["anti-affinity"],
  members: [],
  metadata: {},
  project_id: groupBody.project_id,
  user_id: "fake",
};

describe("server groups", () => {
  it("creates with policy and rules at 2.64", async () => {
    const { facade, seen } = setup();
    server.use(http.post(`${API}/os-server-groups`, () => HttpResponse.json({ server_group: groupBody })));
    const group = await facade.createServerGroup({
      name: "test",
      policy: "anti-affinity",
      rules: { max_server_per_host: 3 },
    });
    expect(group.rules?.max_server_per_host).toBe(3);
    expect(await seen[0]!.json()).toEqual({
      server_group: { name: "test", policy: "anti-affinity", rules: { max_server_per_host: 3 } },
    });
    expect(microversionOf(seen[0]!)).toBe("2.64");
    // @ts-expect-error: not a policy Nova knows
    await expect(facade.createServerGroup({ name: "x", policy: "spread" })).rejects.toThrow(
      /'policy' has the wrong type/,
    );
  });

  it("lists every project's with all_projects, in one request, and reads the older policies shape", async () => {
    const { facade, seen } = setup({ maxMicroversion: "2.60" });
    server.use(http.get(`${API}/os-server-groups`, () => HttpResponse.json({ server_groups: [oldGroupBody] })));
    const groups = await facade.listServerGroups({ all_projects: true }, { limit: 1 });
    expect(groups.map((g) => g.policies)).toEqual([["anti-affinity"]]);
    expect(seen.map(sent)).toEqual(["GET /v2.1/os-server-groups?all_projects=true&limit=1"]);
    expect(microversionOf(seen[0]!)).toBe("2.60");
  });

  it("gets, finds by name and deletes", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/os-server-groups/:id`, ({ params }) =>
        params["id"] === groupBody.id
          ? HttpResponse.json({ server_group: groupBody })
          : HttpResponse.json({ itemNotFound: { code: 404, message: "not found" } }, { status: 404 }),
      ),
      http.get(`${API}/os-server-groups`, () => HttpResponse.json({ server_groups: [groupBody] })),
      http.delete(`${API}/os-server-groups/:id`, () => noContent()),
    );
    expect((await facade.getServerGroup(groupBody.id)).policy).toBe("anti-affinity");
    expect((await facade.findServerGroup("test"))?.id).toBe(groupBody.id);
    await facade.deleteServerGroup(groupBody);
    expect(seen.map(sent)).toEqual([
      `GET /v2.1/os-server-groups/${groupBody.id}`,
      "GET /v2.1/os-server-groups/test",
      "GET /v2.1/os-server-groups",
      `DELETE /v2.1/os-server-groups/${groupBody.id}`,
    ]);
  });
});
