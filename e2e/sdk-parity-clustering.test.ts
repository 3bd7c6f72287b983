// openstack-ts beside Python's openstacksdk on the same Senlin: the same profiles, policies,
// clusters, receivers, actions and events (by id, in the same order, unfiltered, filtered
// and paged), and the same profile and policy types. What we make we make with our SDK (an
// empty cluster: no server to boot); openstacksdk only lists.
import { Connection } from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/cloud.js";
import { type Row, pythonLists } from "./support/python-lists.js";
import { makeTinyImage, serverSpec } from "./support/senlin.js";

// Senlin's first call of a user makes a Keystone trust, and a profile is checked against
// Nova, Glance and Neutron before the answer: on the loopback's two shared cores that took
// over a minute, beyond the SDK's default 60 s.
const conn = new Connection({ ...admin, timeout: 180_000 });
const cl = conn.clustering;
const prefix = uniqueName("senlin-parity");
const cleanup: (() => Promise<unknown>)[] = [];
const WAIT = { interval: 1_000, maxInterval: 3_000, timeout: 240_000 } as const;
const profileIds: string[] = [];
let clusterId: string;

interface Ask {
  service: "clustering";
  method: "profiles" | "policies" | "clusters" | "receivers" | "actions" | "events" | "profile_types" | "policy_types";
  query?: Record<string, string | number | boolean>;
  fields?: string[];
}

/** openstacksdk's items for each list, as clouds.yaml's admin. */
const openstacksdk = (lists: Record<string, Ask>) => pythonLists(lists);

const ids = (rows: readonly Row[]) => rows.map((r) => r.id);

beforeAll(async () => {
  // only a node would boot the image, and the cluster has none
  const image = await makeTinyImage(conn, `${prefix}-image`);
  cleanup.push(() => conn.image.delete(`images/${image}`));
  const spec = serverSpec(image, []);
  for (const n of [1, 2, 3]) {
    const profile = await cl.createProfile({ name: `${prefix}-${n}`, spec, metadata: { n: String(n) } });
    profileIds.push(profile.id);
    cleanup.push(() => cl.deleteProfile(profile.id));
  }
  const policy = await cl.createPolicy({
    name: `${prefix}-policy`,
    spec: { type: "senlin.policy.deletion", version: "1.0", properties: { criteria: "OLDEST_FIRST" } },
  });
  cleanup.push(() => cl.deletePolicy(policy));
  const cluster = await cl.createCluster({
    name: `${prefix}-cluster`,
    profile_id: profileIds[0]!,
    desired_capacity: 0,
  });
  clusterId = cluster.id;
  cleanup.push(async () => {
    await cl.deleteCluster(clusterId);
    await cl.waitForDeleteCluster(clusterId, WAIT);
  });
  await cl.waitForCluster(cluster, WAIT);
  const receiver = await cl.createReceiver({
    name: `${prefix}-receiver`,
    type: "webhook",
    cluster_id: clusterId,
    action: "CLUSTER_SCALE_IN",
  });
  cleanup.push(() => cl.deleteReceiver(receiver));
}, 300_000);

afterAll(async () => {
  for (const undo of cleanup.reverse()) await undo().catch((error: unknown) => console.warn("cleanup:", error));
}, 300_000);

describe("Senlin's lists beside openstacksdk", () => {
  it("the same profiles and policies: all, filtered by name, and paged one by one", async () => {
    const python = openstacksdk({
      profiles: { service: "clustering", method: "profiles", fields: ["name"] },
      named: { service: "clustering", method: "profiles", query: { name: `${prefix}-2` } },
      paged: { service: "clustering", method: "profiles", query: { limit: 1 } },
      policies: { service: "clustering", method: "policies", fields: ["name"] },
    });
    const profiles = await cl.listProfiles();
    expect(ids(profiles)).toEqual(ids(python.profiles!));
    expect(profiles.map((p) => p.name)).toEqual(python.profiles!.map((p) => p.name));
    expect(ids(profiles)).toEqual(expect.arrayContaining(profileIds));
    expect(ids(await cl.listProfiles({ name: `${prefix}-2` }))).toEqual([profileIds[1]]);
    expect(ids(python.named!)).toEqual([profileIds[1]]);
    expect(ids(await cl.listProfiles({ limit: 1 }))).toEqual(ids(python.paged!));
    expect(ids(await cl.listPolicies())).toEqual(ids(python.policies!));
  });

  it("the same clusters, receivers, actions and events", async () => {
    const python = openstacksdk({
      clusters: { service: "clustering", method: "clusters", fields: ["name", "status"] },
      receivers: { service: "clustering", method: "receivers", query: { cluster_id: clusterId } },
      actions: { service: "clustering", method: "actions", query: { target: clusterId }, fields: ["status"] },
      events: { service: "clustering", method: "events", query: { obj_id: clusterId, limit: 2 } },
    });
    const clusters = await cl.listClusters();
    expect(ids(clusters)).toEqual(ids(python.clusters!));
    expect(clusters.map((c) => c.status)).toEqual(python.clusters!.map((c) => c.status));
    expect(ids(await cl.listReceivers({ cluster_id: clusterId }))).toEqual(ids(python.receivers!));
    const actions = await cl.listActions({ target: clusterId });
    expect(ids(actions)).toEqual(ids(python.actions!));
    expect(actions.map((a) => a.status)).toEqual(python.actions!.map((a) => a.status));
    const events = await cl.listEvents({ oid: clusterId, limit: 2 });
    expect(events.length).toBeGreaterThan(0);
    expect(ids(events)).toEqual(ids(python.events!));
  });

  it("the same profile and policy types", async () => {
    const python = openstacksdk({
      profileTypes: { service: "clustering", method: "profile_types", fields: ["name"] },
      policyTypes: { service: "clustering", method: "policy_types", fields: ["name"] },
    });
    // openstacksdk asks for no microversion: at 1.0 a type's name carries its version, which
    // from 1.5 (ours, 1.14) is a field of its own
    const named = (types: readonly { name: string; version?: string }[]) => types.map((t) => `${t.name}-${t.version}`);
    expect(named(await cl.listProfileTypes())).toEqual(python.profileTypes!.map((t) => t.name));
    expect(named(await cl.listPolicyTypes())).toEqual(python.policyTypes!.map((t) => t.name));
  });
});
