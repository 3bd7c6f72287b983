import { MicroversionError, ResourceFailureError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { accepted, API, senlinCloud, sent, versionOf } from "../fixtures.js";

const { server, setup } = senlinCloud();

const cluster = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  name: `c-${id}`,
  profile_id: "p1",
  profile_name: "prof",
  desired_capacity: 1,
  min_size: 0,
  max_size: -1,
  status: "ACTIVE",
  status_reason: "Cluster creation succeeded.",
  nodes: ["n1"],
  policies: [],
  ...over,
});

const action = (id: string, status: string, status_reason: string) => ({
  id,
  name: `cluster_scale_out_${id}`,
  action: "CLUSTER_SCALE_OUT",
  target: "c1",
  status,
  status_reason,
});

describe("clusters", () => {
  it("ask for the lower of the server's microversion and the SDK's, in Senlin's header", async () => {
    const { facade, seen } = setup("1.14");
    server.use(
      http.get(`${API}/clusters/:id`, ({ params }) => HttpResponse.json({ cluster: cluster(String(params.id)) })),
    );
    await facade.getCluster("c1");
    expect(versionOf(seen[0]!)).toBe("1.14");
    const older = setup("1.5");
    await older.facade.getCluster("c1");
    expect(seen[0]!.headers.get("OpenStack-API-Version")).toBe("clustering 1.14");
    expect(versionOf(older.seen[0]!)).toBe("1.5");
  });

  it("create (202 with the cluster), update with PATCH, delete with force: in their envelope", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/clusters`, () => accepted({ cluster: cluster("c1", { status: "INIT" }) }, "a1")),
      http.patch(`${API}/clusters/:id`, () => accepted({ cluster: cluster("c1", { name: "renamed" }) }, "a2")),
      http.delete(`${API}/clusters/:id`, () => new HttpResponse(null, { status: 202 })),
    );
    const made = await facade.createCluster({ name: "c", profile_id: "p1", desired_capacity: 2, max_size: 3 });
    expect(made.status).toBe("INIT");
    expect((await facade.updateCluster(made, { name: "renamed" })).name).toBe("renamed");
    await facade.deleteCluster(made, { force: true });
    expect(seen.map(sent)).toEqual(["POST clusters", "PATCH clusters/c1", "DELETE clusters/c1?force=true"]);
    expect(await seen[0]!.json()).toEqual({
      cluster: { name: "c", profile_id: "p1", desired_capacity: 2, max_size: 3 },
    });
    expect(await seen[1]!.json()).toEqual({ cluster: { name: "renamed" } });
  });

  it("refuses what Senlin sets and what the negotiated microversion does not know, before any request", async () => {
    const { facade, seen } = setup("1.5");
    // @ts-expect-error: the status is Senlin's
    await expect(facade.updateCluster("c1", { status: "ACTIVE" })).rejects.toThrow(/status/);
    await expect(facade.updateCluster("c1", { profile_id: "p2", profile_only: true })).rejects.toThrow(
      MicroversionError,
    );
    const old = setup("1.1");
    await expect(old.facade.validateProfile({ spec: { type: "os.nova.server", version: "1.0" } })).rejects.toThrow(
      MicroversionError,
    );
    expect([...seen, ...old.seen]).toHaveLength(0);
  });

  it("operations POST one action each to the cluster's actions and answer the action's id", async () => {
    const { facade, seen } = setup();
    server.use(http.post(`${API}/clusters/:id/actions`, () => accepted({ action: "a9" }, "a9")));
    expect(await facade.scaleOutCluster({ cluster: cluster("c1"), count: 2 })).toEqual({ action: "a9" });
    await facade.scaleInCluster({ cluster: "c1" });
    await facade.resizeCluster({ cluster: "c1", adjustment_type: "EXACT_CAPACITY", number: 3, strict: true });
    await facade.attachPolicyToCluster({ cluster: "c1", policy_id: "pol", enabled: false });
    expect(seen.map(sent)).toEqual(Array(4).fill("POST clusters/c1/actions"));
    expect(await Promise.all(seen.map((r) => r.json()))).toEqual([
      { scale_out: { count: 2 } },
      { scale_in: {} },
      { resize: { adjustment_type: "EXACT_CAPACITY", number: 3, strict: true } },
      { policy_attach: { policy_id: "pol", enabled: false } },
    ]);
  });

  it("waitForAction follows the action to SUCCEEDED, and fails on FAILED with Senlin's reason", async () => {
    const { facade } = setup();
    const states = ["RUNNING", "SUCCEEDED"];
    server.use(
      http.get(`${API}/actions/a1`, () =>
        HttpResponse.json({ action: action("a1", states.shift() ?? "SUCCEEDED", "ok") }),
      ),
      http.get(`${API}/actions/a2`, () =>
        HttpResponse.json({ action: action("a2", "FAILED", "Failed in creating servers: Image not found.") }),
      ),
    );
    expect((await facade.waitForAction({ action: "a1" }, { interval: 1 })).status).toBe("SUCCEEDED");
    const failure = facade.waitForAction("a2", { interval: 1 });
    await expect(failure).rejects.toThrow(ResourceFailureError);
    await expect(facade.waitForAction("a2", { interval: 1 })).rejects.toThrow(
      /went to FAILED while waiting for SUCCEEDED: Failed in creating servers: Image not found\./,
    );
  });

  it("waitForCluster fails on ERROR or WARNING with the reason, unless waited for", async () => {
    const { facade } = setup();
    server.use(
      http.get(`${API}/clusters/c1`, () =>
        HttpResponse.json({ cluster: cluster("c1", { status: "WARNING", status_reason: "1 node in ERROR" }) }),
      ),
    );
    await expect(facade.waitForCluster("c1", { interval: 1 })).rejects.toThrow(/went to WARNING .*: 1 node in ERROR/);
    expect((await facade.waitForCluster("c1", { status: "WARNING", interval: 1 })).status).toBe("WARNING");
  });
});
