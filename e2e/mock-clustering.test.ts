// Senlin's everyday calls, the same file against the real cloud and the fake one
// (support/target.ts): a profile of Heat stacks (an empty template: quick on the real cloud,
// where each node is a real stack) made, read, found, paged, renamed, validated, refused an
// unknown type and, while a cluster uses it, a delete; a deletion policy made and deleted; a
// cluster of none made INIT whose CLUSTER_CREATE action (named by the answer's Location) goes
// to SUCCEEDED and the cluster to ACTIVE; scaled out to one node, then refused beyond its
// max_size by a FAILED action, scaled in, renamed by its CLUSTER_UPDATE action, deleted; an
// orphan node made ACTIVE and deleted; the microversion, sent and answered in the
// `OpenStack-API-Version: clustering` header, and one Senlin does not serve refused.
import { Connection, NotFoundError } from "@openstack-ts/openstack";
import { afterAll, describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/target.js";

/** Senlin's microversion and Location headers, of every answer of Senlin's v1 (not its version document). */
const answered: string[] = [];
const locations: string[] = [];
const conn = new Connection({
  ...admin,
  // a user's first call to Senlin makes a Keystone trust: slow on a loaded loopback
  timeout: 180_000,
  fetch: async (input, init) => {
    const request = new Request(input, init);
    const response = await fetch(request);
    const version = response.headers.get("OpenStack-API-Version");
    if (version?.startsWith("clustering") && request.url.includes("/v1/")) answered.push(version);
    const location = response.headers.get("Location");
    if (location?.includes("/v1/actions/")) locations.push(location);
    return response;
  },
});
const cl = conn.clustering;
const prefix = uniqueName("mf-senlin");
// gentle on the real conductor, whose database pool each poll draws on
const WAIT = { interval: 1_000, maxInterval: 3_000, timeout: 240_000 } as const;
const cleanup: (() => Promise<unknown>)[] = [];
/** A Heat stack of nothing: the real engine makes it in a second or two. */
const stackSpec = {
  type: "os.heat.stack",
  version: "1.0",
  properties: { template: { heat_template_version: "2016-10-14", resources: {} } },
};
const lastActionId = () => locations.at(-1)!.split("/v1/actions/")[1]!;

afterAll(async () => {
  for (const undo of cleanup.reverse()) await undo().catch((error) => console.warn("cleanup:", error));
}, 300_000);

describe("profiles and policies", () => {
  it("a profile is made, read, found, paged, renamed, validated; an unknown type is refused", async () => {
    const profile = await cl.createProfile({ name: `${prefix}-p`, spec: stackSpec, metadata: { a: "1" } });
    cleanup.push(() => cl.deleteProfile(profile.id));
    expect(profile).toMatchObject({ type: "os.heat.stack-1.0", metadata: { a: "1" }, domain: null, updated_at: null });
    expect(profile.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect((await cl.getProfile(profile.id)).spec).toEqual(stackSpec);
    expect((await cl.findProfile(`${prefix}-p`))?.id).toBe(profile.id);
    const paged = await cl.listProfiles({ limit: 1 });
    expect(paged.map((p) => p.id)).toEqual((await cl.listProfiles()).map((p) => p.id));
    expect(paged.map((p) => p.id)).toContain(profile.id);
    const renamed = await cl.updateProfile(profile.id, { name: `${prefix}-p2`, metadata: { b: "2" } });
    expect(renamed).toMatchObject({ name: `${prefix}-p2`, metadata: { b: "2" } });
    expect(renamed.updated_at).toEqual(expect.any(String));
    const checked = await cl.validateProfile({ spec: stackSpec });
    expect(checked).toMatchObject({ id: null, name: "validated_profile", type: "os.heat.stack-1.0", metadata: null });
    const unknown = cl.createProfile({ name: `${prefix}-x`, spec: { ...stackSpec, type: "os.nothing" } });
    await expect(unknown).rejects.toBeInstanceOf(NotFoundError);
    await expect(unknown).rejects.toMatchObject({
      serverMessage: "The profile_type 'os.nothing-1.0' could not be found.",
    });
  }, 180_000);

  it("a deletion policy is made, renamed and deleted", async () => {
    const spec = { type: "senlin.policy.deletion", version: "1.0", properties: { criteria: "OLDEST_FIRST" } };
    const policy = await cl.createPolicy({ name: `${prefix}-pol`, spec });
    expect(policy).toMatchObject({ type: "senlin.policy.deletion-1.0", data: {} });
    expect((await cl.updatePolicy(policy, { name: `${prefix}-pol2` })).name).toBe(`${prefix}-pol2`);
    await cl.deletePolicy(policy);
    const gone = cl.getPolicy(policy.id);
    await expect(gone).rejects.toBeInstanceOf(NotFoundError);
    await expect(gone).rejects.toMatchObject({ serverMessage: `The policy '${policy.id}' could not be found.` });
  });
});

describe("a cluster", () => {
  it("is made INIT, its actions take it ACTIVE, out, not beyond max_size, in, renamed and away", async () => {
    const profile = await cl.createProfile({ name: `${prefix}-cp`, spec: stackSpec });
    cleanup.push(() => cl.deleteProfile(profile.id));
    const made = await cl.createCluster({
      name: `${prefix}-c`,
      profile_id: profile.id,
      desired_capacity: 0,
      max_size: 1,
    });
    let deleted = false;
    cleanup.push(async () => {
      if (deleted) return;
      await cl.deleteCluster(made.id);
      await cl.waitForDeleteCluster(made.id, WAIT);
    });
    expect(made).toMatchObject({
      status: "INIT",
      status_reason: "Initializing",
      created_at: null,
      min_size: 0,
      max_size: 1,
      desired_capacity: 0,
      timeout: 3600,
      nodes: [],
      policies: [],
      profile_name: `${prefix}-cp`,
    });
    const create = await cl.getAction(lastActionId());
    expect(create).toMatchObject({
      action: "CLUSTER_CREATE",
      target: made.id,
      name: `cluster_create_${made.id.slice(0, 8)}`,
    });
    expect(["READY", "RUNNING", "WAITING", "SUCCEEDED"]).toContain(create.status);
    expect(await cl.waitForAction(create.id, WAIT)).toMatchObject({
      status: "SUCCEEDED",
      status_reason: "Action completed successfully.",
      updated_at: null,
    });
    const active = await cl.getCluster(made.id);
    expect(active).toMatchObject({
      status: "ACTIVE",
      status_reason: "CLUSTER_CREATE: number of active nodes is equal or above desired_capacity (0).",
      nodes: [],
    });
    expect(active.created_at).toEqual(expect.any(String));

    const out = await cl.scaleOutCluster({ cluster: made.id, count: 1 });
    expect(locations.at(-1)).toMatch(new RegExp(`/v1/actions/${out.action}$`));
    expect(await cl.waitForAction(out, WAIT)).toMatchObject({ action: "CLUSTER_SCALE_OUT", inputs: { count: 1 } });
    expect(await cl.getCluster(made.id)).toMatchObject({
      desired_capacity: 1,
      status: "ACTIVE",
      status_reason: "CLUSTER_SCALE_OUT: number of active nodes is equal or above desired_capacity (1).",
    });
    const [node] = await cl.listNodes({ cluster_id: made.id });
    expect(node).toMatchObject({ index: 1, status: "ACTIVE", status_reason: "Creation succeeded", role: "" });
    expect(node!.name).toMatch(/^node-[A-Za-z0-9]{8}$/);

    const beyond = await cl.scaleOutCluster({ cluster: made.id, count: 1 });
    const failed = cl.waitForAction(beyond, WAIT);
    await expect(failed).rejects.toThrow(/The target capacity \(2\) is greater than the cluster's max_size \(1\)\./);
    expect((await cl.getAction(beyond.action)).status).toBe("FAILED");

    await cl.waitForAction(await cl.scaleInCluster({ cluster: made.id, count: 1 }), WAIT);
    const shrunk = await cl.getCluster(made.id);
    expect(shrunk).toMatchObject({
      desired_capacity: 0,
      status_reason: "CLUSTER_SCALE_IN: number of active nodes is equal or above desired_capacity (0).",
      nodes: [],
    });

    const answer = await cl.updateCluster(made.id, { name: `${prefix}-c2` });
    expect(answer.name).toBe(`${prefix}-c`);
    expect(await cl.waitForAction(lastActionId(), WAIT)).toMatchObject({
      action: "CLUSTER_UPDATE",
      inputs: { name: `${prefix}-c2` },
    });
    expect((await cl.getCluster(made.id)).name).toBe(`${prefix}-c2`);
    const same = cl.updateCluster(made.id, { name: `${prefix}-c2` });
    await expect(same).rejects.toMatchObject({ status: 400, serverMessage: "No property needs an update." });

    await expect(cl.deleteProfile(profile.id)).rejects.toMatchObject({
      status: 409,
      serverMessage: `The profile '${profile.id}' cannot be deleted: still referenced by some clusters and/or nodes.`,
    });
    const acts = await cl.listActions({ target: made.id, limit: 2 });
    expect(acts.map((a) => a.action)).toEqual([
      "CLUSTER_CREATE",
      "CLUSTER_SCALE_OUT",
      "CLUSTER_SCALE_OUT",
      "CLUSTER_SCALE_IN",
      "CLUSTER_UPDATE",
    ]);
    await cl.deleteCluster(made.id);
    expect(await cl.waitForAction(lastActionId(), WAIT)).toMatchObject({ action: "CLUSTER_DELETE" });
    await cl.waitForDeleteCluster(made.id, WAIT);
    deleted = true;
    await expect(cl.getCluster(made.id)).rejects.toMatchObject({
      serverMessage: `The cluster '${made.id}' could not be found.`,
    });
    await expect(cl.listNodes({ cluster_id: made.id })).rejects.toMatchObject({
      status: 400,
      serverMessage: `Cannot find the given cluster: ${made.id}.`,
    });
  }, 300_000);
});

describe("an orphan node and the microversion", () => {
  it("an orphan node goes ACTIVE by its NODE_CREATE action and is deleted", async () => {
    const profile = await cl.createProfile({ name: `${prefix}-np`, spec: stackSpec });
    cleanup.push(() => cl.deleteProfile(profile.id));
    const node = await cl.createNode({ name: `${prefix}-n`, profile_id: profile.id, role: "spare" });
    expect(node).toMatchObject({ status: "INIT", index: -1, cluster_id: "", role: "spare", physical_id: null });
    expect((await cl.getAction(lastActionId())).action).toBe("NODE_CREATE");
    const active = await cl.waitForNode(node, WAIT);
    expect(active.physical_id).toEqual(expect.any(String));
    await cl.deleteNode(node.id);
    await cl.waitForDeleteNode(node.id, WAIT);
  }, 300_000);

  it("is sent and answered as `clustering 1.14`; a version Senlin does not serve is refused", async () => {
    expect(answered.length).toBeGreaterThan(0);
    expect(new Set(answered)).toEqual(new Set(["clustering 1.14"]));
    const refused = cl.get("profiles", { headers: { "OpenStack-API-Version": "clustering 2.0" } });
    await expect(refused).rejects.toMatchObject({
      status: 406,
      serverMessage: "Version '2.0' is not supported by the API. Minimum is '1.0' and maximum is '1.14'.",
    });
  });
});
