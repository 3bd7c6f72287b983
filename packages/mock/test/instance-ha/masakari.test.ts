import { describe, expect, it } from "vitest";
import { mockCloud } from "../../src/cloud/mock-cloud.js";
import { clientOf } from "../fixtures.js";

describe("fake Masakari on the wire", () => {
  it("takes a notification new → running → finished, one cloud delay each; a host that stopped goes on maintenance", async () => {
    let now = Date.parse("2030-01-01T00:00:00Z");
    const cloud = mockCloud({ now: () => now, delay: 1000 });
    const raw = clientOf(cloud);
    const base = `instance-ha/v1/${cloud.ids.projects.admin}`;
    const segment = (
      await raw.post(`${base}/segments`, { segment: { name: "s", recovery_method: "auto", service_type: "COMPUTE" } })
    ).body.segment;
    const hostBody = { host: { name: "mock-compute", type: "COMPUTE", control_attributes: "SSH" } };
    const host = (await raw.post(`${base}/segments/${segment.uuid}/hosts`, hostBody)).body.host;
    const notice = {
      type: "COMPUTE_HOST",
      hostname: "mock-compute",
      generated_time: "2030-01-01T00:00:00",
      payload: { event: "STOPPED", host_status: "NORMAL", cluster_status: "OFFLINE" },
    };
    const made = await raw.post(`${base}/notifications`, { notification: notice });
    expect([made.status, made.body.notification.status]).toEqual([202, "new"]);
    // Masakari answers under its project name, whatever service name the request used
    expect(made.headers.get("openstack-api-version")).toBe("masakari 1.0");
    const status = async () =>
      (await raw.get(`${base}/notifications/${made.body.notification.notification_uuid}`)).body.notification.status;
    now += 1000;
    expect(await status()).toBe("running");
    now += 1000;
    expect(await status()).toBe("finished");
    const after = (await raw.get(`${base}/segments/${segment.uuid}/hosts/${host.uuid}`)).body.host;
    expect(after.on_maintenance).toBe(true);
    // the same notice again, within Masakari's window: a duplicate
    expect((await raw.post(`${base}/notifications`, { notification: notice })).status).toBe(409);
  });
});
