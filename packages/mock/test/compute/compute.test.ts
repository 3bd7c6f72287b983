import { describe, expect, it } from "vitest";
import { manualClock } from "../../src/cloud/clock.js";
import { mockCloud } from "../../src/cloud/mock-cloud.js";
import { clientOf } from "../fixtures.js";

const C = "compute/v2.1";
const at = (version: string) => ({ "OpenStack-API-Version": `compute ${version}` });

function setup() {
  const clock = manualClock();
  const cloud = mockCloud({ now: clock.now, delay: 1000 });
  return { clock, cloud, admin: clientOf(cloud) };
}

describe("fake Nova: microversions", () => {
  it("answers at the microversion asked for, echoing it in both headers, and at 2.1 without one", async () => {
    const { admin } = setup();
    const asked = await admin.get(`${C}/flavors/detail`, at("2.61"));
    expect(asked.headers.get("openstack-api-version")).toBe("compute 2.61");
    expect(asked.headers.get("x-openstack-nova-api-version")).toBe("2.61");
    expect(asked.body.flavors[0]).toMatchObject({ description: null, extra_specs: {}, swap: "" });
    const plain = await admin.get(`${C}/flavors/detail`);
    expect(plain.headers.get("openstack-api-version")).toBe("compute 2.1");
    expect(plain.body.flavors[0]).not.toHaveProperty("description");
    expect((await admin.get(`${C}/flavors/detail`, at("2.75"))).body.flavors[0].swap).toBe(0);
  });

  it("refuses a microversion out of range with 406 and a malformed one with 400", async () => {
    const { admin } = setup();
    const high = await admin.get(`${C}/servers`, at("2.94"));
    expect(high.status).toBe(406);
    expect(high.body).toEqual({
      computeFault: {
        code: 406,
        message: "Version 2.94 is not supported by the API. Minimum is 2.1 and maximum is 2.93.",
      },
    });
    expect((await admin.get(`${C}/servers`, at("two"))).status).toBe(400);
    expect(
      (await admin.get(`${C}/servers`, { "X-OpenStack-Nova-API-Version": "2.50" })).headers.get(
        "openstack-api-version",
      ),
    ).toBe("compute 2.50");
  });
});

describe("fake Nova: servers", () => {
  it("builds a server to ACTIVE after the delay, with a port and address on the network asked for", async () => {
    const { cloud, clock, admin } = setup();
    const network = (await admin.post("network/v2.0/networks", { network: { name: "lan" } })).body.network;
    await admin.post("network/v2.0/subnets", {
      subnet: { network_id: network.id, ip_version: 4, cidr: "192.168.7.0/24" },
    });
    const created = await admin.post(
      `${C}/servers`,
      {
        server: {
          name: "vm 1",
          flavorRef: cloud.ids.flavors["m1.tiny"],
          imageRef: cloud.state.images[0]!["id"],
          networks: [{ uuid: network.id }],
        },
      },
      at("2.90"),
    );
    expect(created.status).toBe(202);
    expect(created.headers.get("location")).toBe(`${cloud.urls.compute}/v2.1/servers/${created.body.server.id}`);
    expect(Object.keys(created.body.server).sort()).toEqual([
      "OS-DCF:diskConfig",
      "adminPass",
      "id",
      "links",
      "security_groups",
    ]);
    const path = `${C}/servers/${created.body.server.id}`;
    expect((await admin.get(path, at("2.90"))).body.server).toMatchObject({
      status: "BUILD",
      "OS-EXT-STS:task_state": "scheduling",
      addresses: {},
    });
    clock.advance(1000);
    const active = (await admin.get(path, at("2.90"))).body.server;
    expect(active).toMatchObject({
      status: "ACTIVE",
      "OS-EXT-STS:vm_state": "active",
      "OS-EXT-SRV-ATTR:hostname": "vm-1",
      flavor: { original_name: "m1.tiny" },
    });
    expect(active.addresses.lan).toEqual([
      expect.objectContaining({ addr: "192.168.7.2", version: 4, "OS-EXT-IPS:type": "fixed" }),
    ]);
    expect((await admin.get(path)).body.server.flavor).toEqual({
      id: cloud.ids.flavors["m1.tiny"],
      links: [{ rel: "bookmark", href: `${cloud.urls.compute}/flavors/${cloud.ids.flavors["m1.tiny"]}` }],
    });
    expect(cloud.state.ports.filter((p) => p["device_id"] === active.id)).toHaveLength(1);
  });

  it("stops, starts and reboots through Nova's states, and refuses what the state forbids", async () => {
    const { cloud, clock, admin } = setup();
    const id = (
      await admin.post(
        `${C}/servers`,
        {
          server: {
            name: "s",
            flavorRef: cloud.ids.flavors["m1.tiny"],
            imageRef: cloud.state.images[0]!["id"],
            networks: "none",
          },
        },
        at("2.90"),
      )
    ).body.server.id;
    clock.advance(1000);
    const act = (body: unknown) => admin.post(`${C}/servers/${id}/action`, body);
    const state = async () => (await admin.get(`${C}/servers/${id}`)).body.server;
    expect((await act({ "os-stop": null })).status).toBe(202);
    expect(await state()).toMatchObject({ status: "ACTIVE", "OS-EXT-STS:task_state": "powering-off" });
    expect((await act({ "os-stop": null })).body).toEqual({
      conflictingRequest: { code: 409, message: `Cannot 'stop' instance ${id} while it is in task_state powering-off` },
    });
    clock.advance(1000);
    expect(await state()).toMatchObject({ status: "SHUTOFF", "OS-EXT-STS:power_state": 4 });
    expect((await act({ reboot: { type: "SOFT" } })).body.conflictingRequest.message).toBe(
      `Cannot 'reboot' instance ${id} while it is in vm_state stopped`,
    );
    await act({ "os-start": null });
    clock.advance(1000);
    await act({ reboot: { type: "HARD" } });
    expect((await state()).status).toBe("HARD_REBOOT");
    clock.advance(1000);
    expect((await state()).status).toBe("ACTIVE");
    expect((await act({ "no-such": null })).body).toEqual({
      badRequest: { code: 400, message: "There is no such action: no-such" },
    });
  });

  it("keeps a deleted server in task_state deleting for the delay, then answers 404", async () => {
    const { cloud, clock, admin } = setup();
    const id = (
      await admin.post(
        `${C}/servers`,
        {
          server: {
            name: "s",
            flavorRef: cloud.ids.flavors["m1.tiny"],
            imageRef: cloud.state.images[0]!["id"],
            networks: "none",
          },
        },
        at("2.90"),
      )
    ).body.server.id;
    expect((await admin.delete(`${C}/servers/${id}`)).status).toBe(204);
    expect((await admin.get(`${C}/servers/${id}`)).body.server["OS-EXT-STS:task_state"]).toBe("deleting");
    clock.advance(1000);
    expect((await admin.get(`${C}/servers/${id}`)).body).toEqual({
      itemNotFound: { code: 404, message: `Instance ${id} could not be found.` },
    });
  });

  it("refuses a create without networks at 2.37 and later, and with an unknown flavor", async () => {
    const { cloud, admin } = setup();
    expect(
      (
        await admin.post(
          `${C}/servers`,
          { server: { name: "s", flavorRef: cloud.ids.flavors["m1.tiny"], imageRef: cloud.state.images[0]!["id"] } },
          at("2.37"),
        )
      ).status,
    ).toBe(400);
    expect(
      (await admin.post(`${C}/servers`, { server: { name: "s", flavorRef: "nope", networks: "none" } }, at("2.37")))
        .body.badRequest.message,
    ).toBe("Flavor nope could not be found.");
  });

  it("lists only the project's servers, and an admin all of them with all_tenants", async () => {
    const { cloud, admin } = setup();
    const demo = clientOf(cloud, "demo");
    await demo.post(
      `${C}/servers`,
      {
        server: {
          name: "demo-vm",
          flavorRef: cloud.ids.flavors["m1.tiny"],
          imageRef: cloud.state.images[0]!["id"],
          networks: "none",
        },
      },
      at("2.90"),
    );
    expect((await admin.get(`${C}/servers`)).body.servers).toEqual([]);
    expect((await admin.get(`${C}/servers?all_tenants=1`)).body.servers.map((s: { name: string }) => s.name)).toEqual([
      "demo-vm",
    ]);
    expect((await demo.get(`${C}/servers/detail?name=^demo`)).body.servers).toHaveLength(1);
  });
});

describe("fake Nova: key pairs and flavors", () => {
  it("generates a key pair (201 from 2.2), lists it in its own envelope, and deletes it (204)", async () => {
    const { admin } = setup();
    const created = await admin.post(`${C}/os-keypairs`, { keypair: { name: "k" } }, at("2.92"));
    expect(created.status).toBe(201);
    expect(created.body.keypair.private_key).toMatch(/^-----BEGIN RSA PRIVATE KEY-----/);
    expect(created.body.keypair.public_key).toMatch(/^ssh-rsa \S+ Generated-by-Nova$/);
    const listed = (await admin.get(`${C}/os-keypairs`, at("2.92"))).body.keypairs;
    expect(listed).toEqual([
      {
        keypair: {
          name: "k",
          public_key: created.body.keypair.public_key,
          fingerprint: created.body.keypair.fingerprint,
          type: "ssh",
        },
      },
    ]);
    expect((await admin.get(`${C}/os-keypairs/k`)).body.keypair).not.toHaveProperty("private_key");
    expect((await admin.post(`${C}/os-keypairs`, { keypair: { name: "k" } })).status).toBe(409);
    expect((await admin.delete(`${C}/os-keypairs/k`, at("2.2"))).status).toBe(204);
  });

  it("lets only an admin create flavors (answering 200) and reads their extra specs", async () => {
    const { cloud, admin } = setup();
    const created = await admin.post(`${C}/flavors`, { flavor: { name: "big", ram: 8192, vcpus: 4, disk: 80 } });
    expect(created.status).toBe(200);
    expect(
      (await clientOf(cloud, "demo").post(`${C}/flavors`, { flavor: { name: "x", ram: 1, vcpus: 1, disk: 1 } })).body
        .forbidden.message,
    ).toBe("Policy doesn't allow os_compute_api:os-flavor-manage:create to be performed.");
    await admin.post(`${C}/flavors/${created.body.flavor.id}/os-extra_specs`, {
      extra_specs: { "hw:cpu_policy": "dedicated" },
    });
    expect((await admin.get(`${C}/flavors/${created.body.flavor.id}/os-extra_specs`)).body).toEqual({
      extra_specs: { "hw:cpu_policy": "dedicated" },
    });
  });
});
