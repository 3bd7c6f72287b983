import { describe, expect, it } from "vitest";
import { mockCloud } from "../../src/cloud/mock-cloud.js";
import { clientOf } from "../fixtures.js";

describe("fake Magnum on the wire", () => {
  it("takes a cluster CREATE_IN_PROGRESS → CREATE_FAILED with its two default node groups, as on the loopback", async () => {
    let now = Date.parse("2030-01-01T00:00:00Z");
    const cloud = mockCloud({ now: () => now, delay: 1000 });
    const raw = clientOf(cloud);
    cloud.state.images[0]!["os_distro"] = "fedora-coreos";
    await raw.post("compute/v2.1/os-keypairs", { keypair: { name: "kp" } });
    const template = await raw.post("container-infra/v1/clustertemplates", {
      name: "t",
      coe: "kubernetes",
      image_id: cloud.state.images[0]!["id"],
      external_network_id: "public",
      keypair_id: "kp",
    });
    expect([template.status, template.body.cluster_distro, template.body.network_driver]).toEqual([
      201,
      "fedora-coreos",
      "flannel",
    ]);
    expect(template.headers.get("openstack-api-minimum-version")).toBe("container-infra 1.1");
    const accepted = await raw.post("container-infra/v1/clusters", { name: "c", cluster_template_id: "t" });
    expect(accepted.status).toBe(202);
    const cluster = `container-infra/v1/clusters/${accepted.body.uuid}`;
    expect((await raw.get(cluster)).body.status).toBe("CREATE_IN_PROGRESS");
    const groups = (await raw.get(`${cluster}/nodegroups`)).body.nodegroups;
    expect(groups.map((g: { name: string; role: string }) => [g.name, g.role])).toEqual([
      ["default-master", "master"],
      ["default-worker", "worker"],
    ]);
    now += 1000;
    expect((await raw.get(cluster)).body).toMatchObject({
      status: "CREATE_FAILED",
      status_reason: "default-master failed, default-worker failed",
    });
    // the template is in use, in Magnum's words; the cluster goes DELETE_IN_PROGRESS, then away
    const inUse = await raw.delete("container-infra/v1/clustertemplates/t");
    expect([inUse.status, inUse.body.errors[0].code]).toEqual([400, "client"]);
    expect((await raw.delete(cluster)).status).toBe(204);
    expect((await raw.get(cluster)).body.status).toBe("DELETE_IN_PROGRESS");
    // its node groups go first: until the cluster goes too, its GET fails on a master count of 0
    now += 1000;
    expect((await raw.get(`${cluster}/nodegroups`)).body.nodegroups).toEqual([]);
    const between = await raw.get(cluster);
    expect([between.status, between.body.errors[0].title]).toEqual([
      400,
      "Invalid input for field/attribute master_count",
    ]);
    now += 1000;
    expect((await raw.get(cluster)).status).toBe(404);
  });
});
