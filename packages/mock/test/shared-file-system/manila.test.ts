import { describe, expect, it } from "vitest";
import { mockCloud } from "../../src/cloud/mock-cloud.js";
import { clientOf } from "../fixtures.js";

const V = { "X-OpenStack-Manila-API-Version": "2.73" };

describe("fake Manila on the wire", () => {
  it("answers at 2.0 unasked, echoes Manila's own header only, and refuses a version beyond 2.73 as Manila does", async () => {
    const raw = clientOf(mockCloud());
    const plain = await raw.get("share/v2/shares");
    expect([plain.status, plain.headers.get("x-openstack-manila-api-version")]).toEqual([200, "2.0"]);
    expect(plain.headers.has("openstack-api-version")).toBe(false);
    const refused = await raw.get("share/v2/shares", { "X-OpenStack-Manila-API-Version": "2.99" });
    expect([refused.status, refused.headers.get("x-openstack-manila-api-version")]).toEqual([406, "2.99"]);
    expect(refused.body.computeFault.message).toMatch(/^Version %\(req_ver\)s is not supported/);
  });

  it("keeps a share creating, and an access rule queued, for one cloud delay", async () => {
    let now = Date.parse("2030-01-01T00:00:00Z");
    const cloud = mockCloud({ now: () => now, delay: 1000 });
    const raw = clientOf(cloud);
    const share = (await raw.post("share/v2/shares", { share: { share_proto: "nfs", size: 1 } }, V)).body.share;
    expect([share.status, share.share_proto, share.host]).toEqual(["creating", "NFS", ""]);
    now += 1000;
    const ready = (await raw.get(`share/v2/shares/${share.id}`, V)).body.share;
    expect([ready.status, ready.host]).toEqual(["available", "loopback@dummy#fake_pool_for_dummy"]);
    const grant = { allow_access: { access_type: "ip", access_to: "10.0.0.0/24", access_level: "rw" } };
    const rule = (await raw.post(`share/v2/shares/${share.id}/action`, grant, V)).body.access;
    expect(rule.state).toBe("queued_to_apply");
    now += 1000;
    expect((await raw.get(`share/v2/share-access-rules/${rule.id}`, V)).body.access.state).toBe("active");
    // another project's token does not find it
    const other = clientOf(cloud, "demo");
    expect((await other.get(`share/v2/shares/${share.id}`, V)).status).toBe(404);
  });
});
