// Senlin on the real service (e2e/cloud/services/senlin.sh): a cluster of os.nova.server nodes
// that really boots servers on the cloud's Nova (fake driver), scales out and in, resizes,
// takes and loses a policy, and grows through a webhook receiver; each step an action of
// Senlin's engine that `waitForAction` follows to SUCCEEDED. Every node's server is checked
// in Nova. A node whose image is gone fails, and `waitForNode` says why.
import { Connection, NotFoundError, ResourceFailureError } from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/cloud.js";
import { makeTinyImage, serverSpec } from "./support/senlin.js";

// Senlin's first call of a user makes a Keystone trust, and a profile is checked against
// Nova, Glance and Neutron before the answer: on the loopback's two shared cores that took
// over a minute, beyond the SDK's default 60 s.
const conn = new Connection({ ...admin, timeout: 180_000 });
const cl = conn.clustering;
const prefix = uniqueName("senlin");
const cleanup: (() => Promise<unknown>)[] = [];
/** Every engine step takes seconds to tens of seconds on the loopback's two cores. */
const WAIT = { interval: 1_000, maxInterval: 3_000, timeout: 240_000 } as const;
let imageId: string;
let networkId: string;
let profileId: string;
let clusterId: string;
let clusterDeleted = false;

/** A Nova server profile on the test's own network: Senlin makes each node's port there. */
const ownServerSpec = (image: string) => serverSpec(image, [{ network: networkId }]);

/** The cluster's nodes, each with its server's state in Nova. */
async function nodesWithServers(): Promise<{ id: string; server: string }[]> {
  const nodes = await cl.listNodes({ cluster_id: clusterId });
  return Promise.all(
    nodes.map(async (n) => ({ id: n.id, server: (await conn.compute.getServer(n.physical_id!)).status })),
  );
}

beforeAll(async () => {
  const network = await conn.network.createNetwork({ name: `${prefix}-net` });
  networkId = network.id;
  cleanup.push(() => conn.network.deleteNetwork(networkId));
  const subnet = await conn.network.createSubnet({ network_id: networkId, ip_version: 4, cidr: "10.231.0.0/24" });
  cleanup.push(() => conn.network.deleteSubnet(subnet.id));
  imageId = await makeTinyImage(conn, `${prefix}-image`);
  cleanup.push(() => conn.image.delete(`images/${imageId}`));
  const profile = await cl.createProfile({
    name: `${prefix}-profile`,
    spec: ownServerSpec(imageId),
    metadata: { a: "1" },
  });
  profileId = profile.id;
  cleanup.push(() => cl.deleteProfile(profileId));
}, 180_000);

afterAll(async () => {
  for (const undo of cleanup.reverse()) await undo().catch((error: unknown) => console.warn("cleanup:", error));
}, 300_000);

describe("types, build information and services", () => {
  it("lists and shows profile and policy types, and a type's operations", async () => {
    const types = await cl.listProfileTypes();
    expect(types.map((t) => t.name)).toContain("os.nova.server");
    const server = await cl.getProfileType("os.nova.server-1.0");
    expect(server.schema).toHaveProperty("flavor");
    expect(server.support_status?.["1.0"]?.[0]?.status).toBe("SUPPORTED");
    const ops = await cl.listProfileTypeOperations({ profile_type: "os.nova.server-1.0" });
    expect(Object.keys(ops)).toEqual(expect.arrayContaining(["reboot", "rebuild"]));
    const policyTypes = await cl.listPolicyTypes();
    expect(policyTypes.map((t) => t.name)).toContain("senlin.policy.deletion");
    expect((await cl.getPolicyType("senlin.policy.deletion-1.0")).schema).toHaveProperty("criteria");
  });

  it("answers its build information and its four services", async () => {
    const info = await cl.getBuildInfo();
    expect(info.api?.revision).toBeTruthy();
    const services = await cl.listServices();
    expect(services.map((s) => s.binary).sort()).toEqual(
      expect.arrayContaining(["senlin-conductor", "senlin-engine", "senlin-health-manager"]),
    );
    expect(services.every((s) => s.status === "enabled")).toBe(true);
  });
});

describe("profiles and policies", () => {
  it("gets, finds, lists page by page, validates and renames a profile", async () => {
    const got = await cl.getProfile(profileId);
    expect(got).toMatchObject({ name: `${prefix}-profile`, type: "os.nova.server-1.0", metadata: { a: "1" } });
    expect((await cl.findProfile(`${prefix}-profile`))?.id).toBe(profileId);
    const all = await cl.listProfiles({ limit: 1 });
    expect(all.map((p) => p.id)).toContain(profileId);
    expect(all.map((p) => p.id)).toEqual((await cl.listProfiles()).map((p) => p.id));
    expect((await cl.listProfiles({ name: `${prefix}-profile` })).map((p) => p.id)).toEqual([profileId]);
    const checked = await cl.validateProfile({ spec: ownServerSpec(imageId) });
    expect(checked.type).toBe("os.nova.server-1.0");
    expect(checked.spec.properties).toMatchObject({ flavor: "m1.tiny" });
    const renamed = await cl.updateProfile(profileId, { name: `${prefix}-profile-2`, metadata: { b: "2" } });
    expect(renamed).toMatchObject({ name: `${prefix}-profile-2`, metadata: { b: "2" } });
  }, 300_000);

  it("creates, validates, finds, renames and deletes a deletion policy", async () => {
    const spec = { type: "senlin.policy.deletion", version: "1.0", properties: { criteria: "OLDEST_FIRST" } };
    expect((await cl.validatePolicy({ spec })).type).toBe("senlin.policy.deletion-1.0");
    const policy = await cl.createPolicy({ name: `${prefix}-policy-x`, spec });
    expect((await cl.findPolicy(`${prefix}-policy-x`))?.id).toBe(policy.id);
    expect((await cl.updatePolicy(policy, { name: `${prefix}-policy-y` })).name).toBe(`${prefix}-policy-y`);
    await cl.deletePolicy(policy);
    await expect(cl.getPolicy(policy.id)).rejects.toThrow(NotFoundError);
  });
});

describe("a cluster of Nova servers", () => {
  it("is created, and its node's server really boots", async () => {
    const made = await cl.createCluster({
      name: `${prefix}-cluster`,
      profile_id: profileId,
      desired_capacity: 1,
      min_size: 0,
      max_size: 4,
      metadata: { purpose: "e2e" },
    });
    clusterId = made.id;
    cleanup.push(async () => {
      if (clusterDeleted) return;
      await cl.deleteCluster(clusterId);
      await cl.waitForDeleteCluster(clusterId, WAIT);
    });
    const active = await cl.waitForCluster(made, WAIT);
    expect(active).toMatchObject({
      status: "ACTIVE",
      desired_capacity: 1,
      profile_name: (await cl.getProfile(profileId)).name,
    });
    expect(await nodesWithServers()).toEqual([{ id: active.nodes![0], server: "ACTIVE" }]);
    expect((await cl.findCluster(`${prefix}-cluster`))?.id).toBe(clusterId);
    expect((await cl.listClusters({ status: "ACTIVE" })).map((c) => c.id)).toContain(clusterId);
  }, 300_000);

  it("is updated by an action of its own: renamed, its metadata replaced", async () => {
    const answered = await cl.updateCluster(clusterId, {
      name: `${prefix}-cluster-2`,
      metadata: { purpose: "e2e", n: "2" },
    });
    expect(answered.id).toBe(clusterId);
    const [update] = await cl.listActions({ target: clusterId, action: "CLUSTER_UPDATE" });
    await cl.waitForAction(update!, WAIT);
    expect(await cl.getCluster(clusterId)).toMatchObject({ name: `${prefix}-cluster-2`, metadata: { n: "2" } });
  }, 300_000);

  it("scales out and in: each action SUCCEEDED, one server more, then one less", async () => {
    const out = await cl.scaleOutCluster({ cluster: clusterId, count: 1 });
    expect((await cl.waitForAction(out, WAIT)).action).toBe("CLUSTER_SCALE_OUT");
    const grown = await nodesWithServers();
    expect(grown.map((n) => n.server)).toEqual(["ACTIVE", "ACTIVE"]);
    const inAction = await cl.scaleInCluster({ cluster: clusterId, count: 1 });
    await cl.waitForAction(inAction.action, WAIT);
    const shrunk = await nodesWithServers();
    expect(shrunk).toHaveLength(1);
    expect(grown.map((n) => n.id)).toContain(shrunk[0]!.id);
    expect((await cl.getCluster(clusterId)).desired_capacity).toBe(1);
  }, 300_000);

  it("resizes to an exact capacity within new bounds", async () => {
    const resize = await cl.resizeCluster({
      cluster: clusterId,
      adjustment_type: "EXACT_CAPACITY",
      number: 2,
      min_size: 1,
      max_size: 4,
      strict: true,
    });
    await cl.waitForAction(resize, WAIT);
    const cluster = await cl.getCluster(clusterId);
    expect(cluster).toMatchObject({ desired_capacity: 2, min_size: 1, max_size: 4 });
    expect((await nodesWithServers()).map((n) => n.server)).toEqual(["ACTIVE", "ACTIVE"]);
  }, 300_000);

  it("takes a policy, disables it, lists it, and lets it go", async () => {
    const spec = { type: "senlin.policy.deletion", version: "1.0", properties: { criteria: "YOUNGEST_FIRST" } };
    const policy = await cl.createPolicy({ name: `${prefix}-policy`, spec });
    cleanup.push(() => cl.deletePolicy(policy));
    await cl.waitForAction(await cl.attachPolicyToCluster({ cluster: clusterId, policy_id: policy.id }), WAIT);
    const bindings = (await cl.listClusterPolicies({ cluster_id: clusterId })).map((p) => p.id);
    expect((await cl.getCluster(clusterId)).policies).toEqual(bindings);
    await cl.waitForAction(
      await cl.updateClusterPolicy({ cluster: clusterId, policy_id: policy.id, enabled: false }),
      WAIT,
    );
    const attached = await cl.listClusterPolicies({ cluster_id: clusterId });
    expect(attached.map((p) => [p.policy_id, p.enabled])).toEqual([[policy.id, false]]);
    expect(await cl.getClusterPolicy(policy.id, { cluster_id: clusterId })).toMatchObject({
      policy_name: `${prefix}-policy`,
      policy_type: "senlin.policy.deletion-1.0",
      enabled: false,
    });
    await cl.waitForAction(await cl.detachPolicyFromCluster({ cluster: clusterId, policy_id: policy.id }), WAIT);
    expect(await cl.listClusterPolicies({ cluster_id: clusterId })).toEqual([]);
  }, 300_000);

  it("checks, recovers, reboots its servers and collects an attribute of every node", async () => {
    await cl.waitForAction(await cl.checkCluster({ cluster: clusterId }), WAIT);
    await cl.waitForAction(await cl.recoverCluster({ cluster: clusterId, params: { check: false } }), WAIT);
    const reboot = await cl.performOperationOnCluster({
      cluster: clusterId,
      operation: "reboot",
      params: { type: "SOFT" },
    });
    expect((await cl.waitForAction(reboot, WAIT)).action).toBe("CLUSTER_OPERATION");
    const attrs = await cl.collectClusterAttrs({ cluster: clusterId, path: "details.status" });
    expect(attrs.map((a) => a.value)).toEqual(["ACTIVE", "ACTIVE"]);
    expect(attrs.map((a) => a.id).sort()).toEqual((await nodesWithServers()).map((n) => n.id).sort());
  }, 300_000);

  it("grows through a webhook receiver, triggered without a token", async () => {
    const receiver = await cl.createReceiver({
      name: `${prefix}-receiver`,
      type: "webhook",
      cluster_id: clusterId,
      action: "CLUSTER_SCALE_OUT",
      params: { count: "2" },
    });
    cleanup.push(() => cl.deleteReceiver(receiver));
    expect(receiver.channel?.alarm_url).toMatch(/^http:\/\/127\.0\.0\.1:8777\/v1\/webhooks\/.+\/trigger\?V=2/);
    expect((await cl.findReceiver(`${prefix}-receiver`))?.id).toBe(receiver.id);
    // one node, not the two it was made with: the cluster's maximum is 4, and the orphan node below joins it
    expect((await cl.updateReceiver(receiver, { params: { count: "1" } })).params).toEqual({ count: "1" });
    const started = await cl.triggerReceiver(receiver);
    expect((await cl.waitForAction(started, WAIT)).action).toBe("CLUSTER_SCALE_OUT");
    expect((await nodesWithServers()).map((n) => n.server)).toEqual(["ACTIVE", "ACTIVE", "ACTIVE"]);
  }, 300_000);

  it("records its actions and events", async () => {
    const acts = await cl.listActions({ target: clusterId, limit: 2 });
    expect(acts.map((a) => a.action)).toEqual(expect.arrayContaining(["CLUSTER_CREATE", "CLUSTER_SCALE_OUT"]));
    expect(acts.every((a) => a.status === "SUCCEEDED")).toBe(true);
    const first = await cl.getAction(acts[0]!.id);
    expect(first.target).toBe(clusterId);
    const events = await cl.listEvents({ oid: clusterId });
    expect(events.length).toBeGreaterThan(0);
    expect((await cl.getEvent(events[0]!.id)).oid).toBe(clusterId);
  });
});

describe("nodes", () => {
  it("an orphan node boots, is checked, renamed, joins the cluster and leaves it", async () => {
    const node = await cl.createNode({ name: `${prefix}-orphan`, profile_id: profileId, role: "spare" });
    cleanup.push(() => cl.deleteNode(node.id).catch(() => undefined));
    const active = await cl.waitForNode(node, WAIT);
    expect(active.cluster_id).toBeFalsy();
    expect((await conn.compute.getServer(active.physical_id!)).status).toBe("ACTIVE");
    const detailed = await cl.getNode(node.id, { show_details: true });
    expect(detailed.details).toMatchObject({ status: "ACTIVE" });
    await cl.waitForAction(await cl.checkNode({ node: node.id }), WAIT);
    await cl.waitForAction(await cl.performOperationOnNode({ node: node.id, operation: "reboot" }), WAIT);
    // a node's update is an action too (NODE_UPDATE): the answer is the node as it was
    await cl.updateNode(node.id, { name: `${prefix}-orphan-2` });
    const [update] = await cl.listActions({ target: node.id, action: "NODE_UPDATE" });
    await cl.waitForAction(update!, WAIT);
    expect((await cl.getNode(node.id)).name).toBe(`${prefix}-orphan-2`);
    const preview = await cl.adoptNodePreview({ type: "os.nova.server-1.0", identity: active.physical_id! });
    expect(preview.node_profile?.node_preview).toMatchObject({
      type: "os.nova.server",
      properties: { flavor: "m1.tiny" },
    });
    await cl.waitForAction(await cl.addNodesToCluster({ cluster: clusterId, nodes: [node.id] }), WAIT);
    expect((await cl.getNode(node.id)).cluster_id).toBe(clusterId);
    await cl.waitForAction(await cl.removeNodesFromCluster({ cluster: clusterId, nodes: [node.id] }), WAIT);
    expect((await cl.getNode(node.id)).cluster_id).toBeFalsy();
    await cl.deleteNode(node.id);
    await cl.waitForDeleteNode(node.id, WAIT);
    await expect(conn.compute.getServer(active.physical_id!)).rejects.toThrow(NotFoundError);
  }, 600_000);

  it("a node whose image is gone ends in ERROR, and waitForNode says why", async () => {
    const gone = await makeTinyImage(conn, `${prefix}-gone`);
    const profile = await cl.createProfile({ name: `${prefix}-doomed`, spec: ownServerSpec(gone) });
    cleanup.push(() => cl.deleteProfile(profile));
    await conn.image.delete(`images/${gone}`);
    const node = await cl.createNode({ name: `${prefix}-doomed`, profile_id: profile.id });
    cleanup.push(() => cl.deleteNode(node.id, { force: true }));
    await expect(cl.waitForNode(node, WAIT)).rejects.toThrow(ResourceFailureError);
    await expect(cl.waitForNode(node, WAIT)).rejects.toThrow(/went to ERROR.*: .*\S/);
  }, 300_000);
});

describe("the cluster's end", () => {
  it("is deleted with its nodes and their servers", async () => {
    const servers = (await cl.listNodes({ cluster_id: clusterId })).map((n) => n.physical_id!);
    await cl.deleteCluster(clusterId);
    await cl.waitForDeleteCluster(clusterId, WAIT);
    clusterDeleted = true;
    for (const server of servers) await expect(conn.compute.getServer(server)).rejects.toThrow(NotFoundError);
  }, 300_000);
});
