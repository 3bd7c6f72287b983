import { describe, expect, it } from "vitest";
import { mockCloud } from "../../src/cloud/mock-cloud.js";
import { clientOf } from "../fixtures.js";

const spec = { type: "os.heat.stack", version: "1.0", properties: { template: {} } };

describe("fake Senlin on the wire", () => {
  it("takes a cluster's create READY → RUNNING → SUCCEEDED, one cloud delay each, and names it in Location", async () => {
    let now = Date.parse("2030-01-01T00:00:00Z");
    const cloud = mockCloud({ now: () => now, delay: 1000 });
    const raw = clientOf(cloud);
    const profile = (await raw.post("clustering/v1/profiles", { profile: { name: "p", spec } })).body.profile;
    const made = await raw.post("clustering/v1/clusters", {
      cluster: { name: "c", profile_id: "p", desired_capacity: 2 },
    });
    expect([made.status, made.body.cluster.status, made.body.cluster.profile_id]).toEqual([202, "INIT", profile.id]);
    expect(made.headers.get("openstack-api-version")).toBe("clustering 1.0");
    const location = made.headers.get("location")!;
    expect(location).toMatch(new RegExp(`^${cloud.baseUrl}/clustering/v1/actions/[0-9a-f-]{36}$`));
    const actionUrl = location.slice(cloud.baseUrl.length + 1);
    const state = async () => {
      const action = (await raw.get(actionUrl)).body.action;
      const cluster = (await raw.get(`clustering/v1/clusters/${made.body.cluster.id}`)).body.cluster;
      return [action.status, cluster.status, cluster.nodes.length];
    };
    expect(await state()).toEqual(["READY", "INIT", 0]);
    now += 1000;
    expect(await state()).toEqual(["RUNNING", "CREATING", 2]);
    now += 1000;
    expect(await state()).toEqual(["SUCCEEDED", "ACTIVE", 2]);
    // the profile is in use; an unknown action is refused in Senlin's words
    expect((await raw.delete(`clustering/v1/profiles/${profile.id}`)).status).toBe(409);
    const odd = await raw.post(`clustering/v1/clusters/c/actions`, { shrink: {} });
    expect([odd.status, odd.body.error.message]).toEqual([400, "Unrecognized action 'shrink' specified"]);
  });

  it("fails a scale-out beyond max_size when the engine runs it, and leaves the cluster as it was", async () => {
    let now = Date.parse("2030-01-01T00:00:00Z");
    const cloud = mockCloud({ now: () => now, delay: 1000 });
    const raw = clientOf(cloud);
    await raw.post("clustering/v1/profiles", { profile: { name: "p", spec } });
    await raw.post("clustering/v1/clusters", { cluster: { name: "c", profile_id: "p", max_size: 1 } });
    now += 2000;
    const accepted = await raw.post("clustering/v1/clusters/c/actions", { scale_out: { count: 2 } });
    expect(accepted.status).toBe(202);
    now += 1000;
    expect((await raw.get(`clustering/v1/actions/${accepted.body.action}`)).body.action.status).toBe("RUNNING");
    now += 1000;
    const action = (await raw.get(`clustering/v1/actions/${accepted.body.action}`)).body.action;
    expect([action.status, action.status_reason]).toEqual([
      "FAILED",
      "The target capacity (2) is greater than the cluster's max_size (1).",
    ]);
    expect((await raw.get("clustering/v1/clusters/c")).body.cluster).toMatchObject({ desired_capacity: 0, nodes: [] });
  });

  it("refuses a version it does not serve, and validation below 1.2", async () => {
    const cloud = mockCloud();
    const raw = clientOf(cloud);
    const refused = await raw.get("clustering/v1/profiles", { "OpenStack-API-Version": "clustering 1.15" });
    expect([refused.status, refused.body.error.type]).toEqual([406, "InvalidGlobalAPIVersion"]);
    const old = await raw.post("clustering/v1/profiles/validate", { profile: { spec } });
    expect([old.status, old.body.error.message]).toEqual([400, "API version '1.0' is not supported on this method."]);
  });
});
