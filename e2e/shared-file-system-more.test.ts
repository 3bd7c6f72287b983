// Manila's other resources on the real service (e2e/cloud/services/manila.sh): share types and
// their extra specs and project access, share networks with subnets and security services,
// share group types, share groups and group snapshots made by the dummy backend, share
// instances, the scheduler's pools, availability zones, limits, quotas, user messages and
// Manila's own services.
import { Connection, NotFoundError, ResourceFailureError } from "@openstack-ts/openstack";
import { describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/cloud.js";
import { undoLater } from "./support/undo-later.js";

const conn = new Connection(admin);
const manila = conn.sharedFileSystem;
const later = undoLater();
const AVAILABLE = { status: "available", interval: 300, timeout: 90_000 } as const;
const GONE = { interval: 300, timeout: 90_000 } as const;

describe("share types on the real Manila", () => {
  it("creates a private type, changes it, its extra specs and who may use it, and deletes it", async () => {
    const name = uniqueName("type");
    const type = await manila.createShareType({
      name,
      extra_specs: { driver_handles_share_servers: false, snapshot_support: "True" },
      "share_type_access:is_public": false,
    });
    later(`share type ${name}`, () => manila.deleteShareType(type));
    expect(type).toMatchObject({ name, "share_type_access:is_public": false });
    const read = await manila.getShareType(type.id);
    expect(read.name).toBe(name);
    expect(read.required_extra_specs).toEqual({ driver_handles_share_servers: "False" });
    // find looks through the public list (as openstacksdk's does): a private type is found by id only
    expect(await manila.findShareType(name)).toBeNull();
    expect((await manila.findShareType(type.id))?.name).toBe(name);
    expect((await manila.findShareType("default"))?.is_default).toBe(true);
    expect((await manila.listShareTypes()).map((t) => t.id)).not.toContain(type.id);
    expect((await manila.listShareTypes({ is_public: "all" })).map((t) => t.id)).toContain(type.id);
    expect((await manila.getDefaultShareType()).name).toBe("default");

    const updated = await manila.updateShareType(type, { description: "for e2e" });
    expect(updated.description).toBe("for e2e");

    expect(await manila.updateShareTypeExtraSpecs({ share_type: type, extra_specs: { colour: "blue" } })).toEqual({
      colour: "blue",
    });
    expect(await manila.getShareTypeExtraSpecs({ share_type: type })).toMatchObject({
      colour: "blue",
      snapshot_support: "True",
    });
    await manila.deleteShareTypeExtraSpecProperty({ share_type: type, key: "colour" });
    expect(await manila.getShareTypeExtraSpecs({ share_type: type })).not.toHaveProperty("colour");

    const demo = await conn.identity.findProject("demo");
    await manila.addShareTypeAccess({ share_type: type, project: demo!.id });
    expect((await manila.listShareTypeAccess({ share_type: type })).map((a) => a.project_id)).toContain(demo!.id);
    await manila.removeShareTypeAccess({ share_type: type, project: demo!.id });
    expect((await manila.listShareTypeAccess({ share_type: type })).map((a) => a.project_id)).not.toContain(demo!.id);

    await manila.deleteShareType(type);
    await expect(manila.getShareType(type.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("share networks and security services on the real Manila", () => {
  it("creates, finds, updates and deletes a share network, its subnets and its security services", async () => {
    const network = await manila.createShareNetwork({ name: uniqueName("net"), description: "e2e" });
    later(`share network ${network.name}`, () => manila.deleteShareNetwork(network));
    expect(network.share_network_subnets).toHaveLength(1);
    expect((await manila.findShareNetwork(network.name!))?.id).toBe(network.id);
    expect((await manila.updateShareNetwork(network, { description: "changed" })).description).toBe("changed");
    expect((await manila.listShareNetworks({ name: network.name! })).map((n) => n.id)).toEqual([network.id]);

    const subnet = await manila.createShareNetworkSubnet({ share_network_id: network, availability_zone: "nova" });
    expect(subnet.availability_zone).toBe("nova");
    expect((await manila.getShareNetworkSubnet({ share_network_id: network, id: subnet.id })).id).toBe(subnet.id);
    expect((await manila.listShareNetworkSubnets({ share_network_id: network })).map((s) => s.id)).toContain(subnet.id);
    await manila.deleteShareNetworkSubnet({ share_network_id: network, id: subnet.id });
    expect((await manila.listShareNetworkSubnets({ share_network_id: network })).map((s) => s.id)).not.toContain(
      subnet.id,
    );

    const service = await manila.createSecurityService({
      type: "ldap",
      name: uniqueName("ldap"),
      server: "ldap.example.org",
    });
    later(`security service ${service.name}`, () => manila.deleteSecurityService(service));
    expect((await manila.getSecurityService(service.id)).server).toBe("ldap.example.org");
    expect((await manila.findSecurityService(service.name!))?.id).toBe(service.id);
    expect((await manila.updateSecurityService(service, { domain: "example.org" })).domain).toBe("example.org");

    const joined = await manila.addShareNetworkSecurityService({
      share_network: network,
      security_service_id: service,
    });
    expect(joined.id).toBe(network.id);
    expect((await manila.listSecurityServices({ share_network_id: network.id })).map((s) => s.id)).toEqual([
      service.id,
    ]);
    await manila.removeShareNetworkSecurityService({ share_network: network, security_service_id: service });
    expect(await manila.listSecurityServices({ share_network_id: network.id })).toEqual([]);

    await manila.deleteSecurityService(service);
    await manila.deleteShareNetwork(network);
    await expect(manila.getShareNetwork(network.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("share groups on the real Manila", () => {
  it("makes a group of the default share type, a group snapshot of it, and deletes both", async () => {
    const defaultType = await manila.getDefaultShareType();
    const groupType = await manila.createShareGroupType({ name: uniqueName("gtype"), share_types: [defaultType.id] });
    later(`share group type ${groupType.name}`, () => manila.deleteShareGroupType(groupType));
    expect((await manila.findShareGroupType(groupType.name))?.id).toBe(groupType.id);
    expect(
      await manila.updateShareGroupTypeSpecs({ share_group_type: groupType, group_specs: { tier: "e2e" } }),
    ).toEqual({
      tier: "e2e",
    });
    expect(await manila.getShareGroupTypeSpecs({ share_group_type: groupType })).toEqual({ tier: "e2e" });

    const made = await manila.createShareGroup({ name: uniqueName("group"), share_group_type_id: groupType.id });
    later(`share group ${made.name}`, async () => {
      await manila.deleteShareGroup(made);
      await manila.waitForDeleteShareGroup(made, GONE);
    });
    const group = await manila.waitForShareGroup(made, AVAILABLE);
    expect(group.share_types).toEqual([defaultType.id]);
    expect((await manila.updateShareGroup(group, { description: "grouped" })).description).toBe("grouped");
    expect((await manila.listShareGroups({ name: group.name! })).map((g) => g.id)).toEqual([group.id]);

    const share = await manila.createShare({
      share_proto: "NFS",
      size: 1,
      share_group_id: group.id,
      name: uniqueName("member"),
    });
    later(`share ${share.name}`, async () => {
      await manila.deleteShare(share, { share_group_id: group.id });
      await manila.waitForDeleteShare(share, GONE);
    });
    expect((await manila.waitForShare(share, AVAILABLE)).share_group_id).toBe(group.id);

    const snap = await manila.createShareGroupSnapshot({ share_group_id: group.id, name: uniqueName("gsnap") });
    later(`share group snapshot ${snap.name}`, async () => {
      await manila.deleteShareGroupSnapshot(snap);
      await manila.waitForDeleteShareGroupSnapshot(snap, GONE);
    });
    const ready = await manila.waitForShareGroupSnapshot(snap, AVAILABLE);
    expect(ready.share_group_id).toBe(group.id);
    const members = await manila.listShareGroupSnapshotMembers({ share_group_snapshot: snap });
    expect(members.map((m) => m.share_id)).toEqual([share.id]);
    expect((await manila.updateShareGroupSnapshot(snap, { description: "together" })).description).toBe("together");
  });
});

describe("what the admin sees of the real Manila", () => {
  it("lists share instances, storage pools, availability zones, services and share servers", async () => {
    const share = await manila.createShare({ share_proto: "NFS", size: 1, name: uniqueName("instance") });
    later(`share ${share.name}`, async () => {
      await manila.deleteShare(share);
      await manila.waitForDeleteShare(share, GONE);
    });
    await manila.waitForShare(share, AVAILABLE);
    const [instance] = await manila.listShareInstancesOfShare({ share });
    expect(instance).toMatchObject({ share_id: share.id, status: "available" });
    expect((await manila.getShareInstance(instance!.id)).share_id).toBe(share.id);
    expect((await manila.listShareInstances()).map((i) => i.id)).toContain(instance!.id);

    const pools = await manila.listStoragePools();
    expect(pools.map((p) => p.name)).toEqual(["loopback@dummy#fake_pool_for_dummy"]);
    expect(pools[0]!.capabilities).toMatchObject({ share_backend_name: "dummy", snapshot_support: true });
    expect((await manila.listStoragePools({ backend: "absent" })).length).toBe(0);

    expect((await manila.listAvailabilityZones()).map((z) => z.name)).toEqual(["nova"]);
    const services = await manila.listServices({ binary: "manila-share" });
    expect(services).toEqual([expect.objectContaining({ host: "loopback@dummy", state: "up", status: "enabled" })]);
    // driver_handles_share_servers = False: the backend makes no share servers
    expect(await manila.listShareServers()).toEqual([]);
  });

  it("reads limits and quotas; sets, details and resets a project's quotas", async () => {
    const limits = await manila.getLimits();
    expect(limits.absolute).toHaveProperty("maxTotalShares");
    const demo = (await conn.identity.findProject("demo"))!;
    const before = await manila.getQuotaSet(demo.id);
    later("demo's share quotas", () => manila.deleteQuotaSet(demo.id));
    expect((await manila.updateQuotaSet(demo.id, { shares: 7 })).shares).toBe(7);
    expect((await manila.getQuotaSet(demo.id)).shares).toBe(7);
    expect(await manila.getQuotaSetDetail({ project: demo.id })).toMatchObject({ shares: { limit: 7, in_use: 0 } });
    const defaults = await manila.getQuotaSetDefaults({ project: demo.id });
    await manila.deleteQuotaSet(demo.id);
    expect((await manila.getQuotaSet(demo.id)).shares).toBe(defaults.shares);
    expect(before.shares).toBe(defaults.shares);
    expect((await manila.getQuotaClassSet({ quota_class: "default" })).shares).toBe(defaults.shares);
  });

  it("tells why a share failed in a user message, which can be read and deleted", async () => {
    // a type asking for a capability no backend reports: the scheduler finds no host
    const type = await manila.createShareType({
      name: uniqueName("nohost"),
      extra_specs: { driver_handles_share_servers: false, "capabilities:colour": "blue" },
    });
    later(`share type ${type.name}`, () => manila.deleteShareType(type));
    const share = await manila.createShare({
      share_proto: "NFS",
      size: 1,
      share_type: type.id,
      name: uniqueName("nohost"),
    });
    later(`share ${share.name}`, async () => {
      await manila.deleteShare(share);
      await manila.waitForDeleteShare(share, GONE);
    });
    await expect(manila.waitForShare(share, AVAILABLE)).rejects.toBeInstanceOf(ResourceFailureError);
    const messages = await manila.listUserMessages({ resource_id: share.id });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ resource_type: "SHARE", message_level: "ERROR" });
    expect((await manila.getUserMessage(messages[0]!.id)).user_message).toMatch(/allocate host/);
    await manila.deleteUserMessage(messages[0]!);
    expect(await manila.listUserMessages({ resource_id: share.id })).toEqual([]);
  });
});
