import { describe, expect, it } from "vitest";
import { mockCloud } from "../../src/cloud/mock-cloud.js";
import { clientOf } from "../fixtures.js";

const V = { "X-OpenStack-Ironic-API-Version": "1.82" };

describe("fake Ironic on the wire", () => {
  it("answers in Ironic's own microversion headers, and refuses one beyond its range in its words", async () => {
    const raw = clientOf(mockCloud());
    const listed = await raw.get("baremetal/v1/nodes", V);
    expect([listed.status, listed.headers.get("x-openstack-ironic-api-version")]).toEqual([200, "1.82"]);
    expect(listed.headers.get("x-openstack-ironic-api-maximum-version")).toBe("1.82");
    expect(listed.headers.has("openstack-api-version")).toBe(false);
    const refused = await raw.get("baremetal/v1/nodes", { "X-OpenStack-Ironic-API-Version": "1.99" });
    expect(refused.status).toBe(406);
    expect(JSON.parse(refused.body.error_message).description).toMatch(/range is: \[1\.1, 1\.82\]/);
    const missing = await raw.get("baremetal/v1/nodes/nope", V);
    expect(JSON.parse(missing.body.error_message)).toEqual({
      faultcode: "Client",
      faultstring: "Node nope could not be found.",
      debuginfo: null,
    });
  });

  it("shows each passing state with its target for one cloud delay, then settles the node", async () => {
    let now = Date.parse("2030-01-01T00:00:00Z");
    const cloud = mockCloud({ now: () => now, delay: 1000 });
    const raw = clientOf(cloud);
    const node = (await raw.post("baremetal/v1/nodes", { driver: "fake-hardware" }, V)).body;
    const states = async () => {
      const s = (await raw.get(`baremetal/v1/nodes/${node.uuid}/states`, V)).body;
      return `${s.provision_state} → ${s.target_provision_state}`;
    };
    const verb = (target: string) => raw.put(`baremetal/v1/nodes/${node.uuid}/states/provision`, { target }, V);
    expect((await verb("manage")).status).toBe(202);
    expect(await states()).toBe("verifying → manageable");
    now += 1000;
    expect(await states()).toBe("manageable → null");
    await verb("provide");
    now += 1000;
    await verb("active");
    expect(await states()).toBe("deploying → active");
    now += 1000;
    await verb("deleted");
    expect(await states()).toBe("deleting → available");
    now += 1000;
    expect(await states()).toBe("cleaning → available");
    now += 1000;
    expect(await states()).toBe("available → null");
    const refused = await verb("provide");
    expect(refused.status).toBe(400);
  });
});
