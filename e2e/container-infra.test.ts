// Magnum on the real service (e2e/cloud/services/magnum.sh): cluster templates, and clusters
// that Magnum's conductor really drives through Heat against the cloud's Nova (fake driver),
// Neutron and Octavia (no-op drivers). A cluster here gets its CA, its trustee and trust, its
// Heat stack with network, load balancers, security groups and its master server (ACTIVE on
// the fake driver); the server never runs the Kubernetes set-up Heat waits for, so the stack
// fails at the cluster's create_timeout and the cluster really reaches CREATE_FAILED.
//
// Magnum asks the public etcd discovery service (discovery.etcd.io) for a cluster's size
// before it makes the stack; this test plays that service on 127.0.0.1, as an HTTP server
// that answers `/_config/size`, and gives its URL as the cluster's discovery_url.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { execFileSync } from "node:child_process";
import {
  BadRequestError,
  Connection,
  type containerInfrastructureManagement,
  NotFoundError,
  ResourceFailureError,
} from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, demo, uniqueName } from "./support/cloud.js";
import { type MagnumPrerequisites, magnumPrerequisites, templateOn } from "./support/magnum-prerequisites.js";

const conn = new Connection(admin);
const magnum = conn.containerInfrastructureManagement;
const prefix = uniqueName("magnum");
const cleanup: (() => Promise<unknown>)[] = [];
let discovery: Server;
let discoveryUrl: string;
let needs: MagnumPrerequisites;

/** The stand-in for discovery.etcd.io: one etcd member wanted, as a cluster of one master asks. */
function playEtcdDiscovery(): Promise<string> {
  discovery = createServer((request, response) => {
    if (request.url?.endsWith("/_config/size")) {
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end(JSON.stringify({ node: { value: "1" } }));
    } else {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    discovery.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(discovery.address() as AddressInfo).port}/`)),
  );
}

beforeAll(async () => {
  discoveryUrl = await playEtcdDiscovery();
  needs = await magnumPrerequisites(conn, prefix, cleanup);
}, 120_000);

afterAll(async () => {
  for (const undo of cleanup.reverse()) await undo().catch((error) => console.warn("cleanup:", error));
  await new Promise((resolve) => discovery?.close(resolve));
}, 300_000);

const template = (name: string) => ({
  ...templateOn(needs, name),
  network_driver: "flannel",
  labels: { purpose: "e2e" },
});

describe("cluster templates", () => {
  it("create, get, find, list across pages, update by JSON patch, delete", async () => {
    const made: containerInfrastructureManagement.ClusterTemplate[] = [];
    for (const n of [1, 2, 3]) {
      const t = await magnum.createClusterTemplate(template(`${prefix}-tpl-${n}`));
      cleanup.push(() => magnum.deleteClusterTemplate(t.uuid));
      made.push(t);
    }
    const [first] = made;
    expect(first).toMatchObject({
      coe: "kubernetes",
      image_id: needs.imageId,
      keypair_id: needs.keypair,
      labels: { purpose: "e2e" },
    });
    expect(await magnum.getClusterTemplate(first!.uuid)).toMatchObject({ uuid: first!.uuid, name: first!.name });
    expect((await magnum.findClusterTemplate(first!.name!))?.uuid).toBe(first!.uuid);
    expect(await magnum.findClusterTemplate(`${prefix}-none`)).toBeNull();

    // one per page: Magnum's `next` links carry the last uuid as the marker
    const pages: string[][] = [];
    for await (const page of magnum.listClusterTemplates({ limit: 1 }).pages()) pages.push(page.map((t) => t.uuid));
    expect(pages.every((p) => p.length <= 1)).toBe(true);
    const mine = pages.flat().filter((uuid) => made.some((t) => t.uuid === uuid));
    expect(mine.sort()).toEqual(made.map((t) => t.uuid).sort());

    const updated = await magnum.updateClusterTemplate(first!.uuid, {
      name: `${first!.name}-renamed`,
      master_lb_enabled: true,
    });
    expect(updated).toMatchObject({ name: `${first!.name}-renamed`, master_lb_enabled: true });
    // null removes a field the template has
    expect((await magnum.updateClusterTemplate(first!.uuid, { http_proxy: "http://127.0.0.1:3128" })).http_proxy).toBe(
      "http://127.0.0.1:3128",
    );
    expect((await magnum.updateClusterTemplate(first!.uuid, { http_proxy: null })).http_proxy ?? null).toBeNull();

    await magnum.deleteClusterTemplate(made[2]!.uuid);
    await expect(magnum.getClusterTemplate(made[2]!.uuid)).rejects.toBeInstanceOf(NotFoundError);
  }, 300_000);

  it("refuses a template whose image names no driver, with Magnum's reason", async () => {
    const plain = await conn.image.createImage({
      name: `${prefix}-plain`,
      disk_format: "raw",
      container_format: "bare",
    });
    cleanup.push(() => conn.image.deleteImage(plain.id));
    const refused = magnum.createClusterTemplate({ ...template(`${prefix}-bad`), image_id: plain.id });
    await expect(refused).rejects.toBeInstanceOf(BadRequestError);
    await expect(refused).rejects.toThrow(/not supported/);
  }, 60_000);
});

describe("services, quotas and stats", () => {
  it("lists Magnum's conductor, up", async () => {
    const services = await magnum.listServices();
    expect(services).toContainEqual(
      expect.objectContaining({ binary: "magnum-conductor", host: "loopback-cloud", state: "up" }),
    );
  });

  it("creates, gets, lists, updates and deletes a project's quota", async () => {
    const project = (await conn.identity.findProject("alt_demo"))!;
    await magnum.deleteQuota({ project_id: project.id, resource: "Cluster" }).catch(() => undefined);
    const made = await magnum.createQuota({ project_id: project.id, resource: "Cluster", hard_limit: 3 });
    cleanup.push(() => magnum.deleteQuota({ project_id: project.id, resource: "Cluster" }).catch(() => undefined));
    expect(made).toMatchObject({ project_id: project.id, resource: "Cluster", hard_limit: 3 });
    expect(await magnum.getQuota({ project_id: project.id, resource: "Cluster" })).toMatchObject({ hard_limit: 3 });
    expect((await magnum.listQuotas({ all_tenants: true })).map((q) => q.project_id)).toContain(project.id);
    expect(await magnum.updateQuota({ project_id: project.id, resource: "Cluster", hard_limit: 5 })).toMatchObject({
      hard_limit: 5,
    });
    await magnum.deleteQuota({ project_id: project.id, resource: "Cluster" });
    // without its own quota, the project has the default again
    expect((await magnum.getQuota({ project_id: project.id, resource: "Cluster" })).hard_limit).not.toBe(5);
  }, 60_000);

  it("a non-admin reads its own project's stats", async () => {
    const stats = await new Connection(demo).containerInfrastructureManagement.getStats();
    expect(stats).toEqual({ clusters: expect.any(Number), nodes: expect.any(Number) });
  });
});

describe("a cluster, driven through Heat", () => {
  let clusterUuid: string;

  it("is created: its CA, its node groups and its Heat stack, then CREATE_FAILED at its timeout, with the reason", async () => {
    const tpl = await magnum.createClusterTemplate(template(`${prefix}-ctpl`));
    cleanup.push(() => magnum.deleteClusterTemplate(tpl.uuid));
    const cluster = await magnum.createCluster({
      name: `${prefix}-k8s`,
      cluster_template_id: tpl.uuid,
      master_count: 1,
      node_count: 1,
      discovery_url: discoveryUrl,
      // minutes: Heat gives up on the servers' set-up after one
      create_timeout: 1,
    });
    clusterUuid = cluster.uuid;
    cleanup.push(() =>
      magnum.deleteCluster(clusterUuid).then(() => magnum.waitForDeleteCluster(clusterUuid, { timeout: 240_000 })),
    );
    expect(cluster).toMatchObject({
      name: `${prefix}-k8s`,
      status: "CREATE_IN_PROGRESS",
      cluster_template_id: tpl.uuid,
    });
    expect((await magnum.findCluster(`${prefix}-k8s`))?.uuid).toBe(clusterUuid);
    expect((await magnum.listClusters()).map((c) => c.uuid)).toContain(clusterUuid);

    // the node groups Magnum makes with every cluster (1.9)
    const groups = await magnum.listNodegroups({ cluster_id: clusterUuid });
    expect(groups.map((g) => g.role).sort()).toEqual(["master", "worker"]);
    const worker = groups.find((g) => g.role === "worker")!;
    expect(await magnum.getNodegroup(worker.uuid, { cluster_id: clusterUuid })).toMatchObject({
      is_default: true,
      node_count: 1,
    });
    expect((await magnum.findNodegroup(worker.name, { cluster_id: clusterUuid }))?.uuid).toBe(worker.uuid);
    expect(await magnum.listNodegroups({ cluster_id: clusterUuid, role: "master" })).toHaveLength(1);

    const failed = await magnum
      .waitForCluster(clusterUuid, { interval: 5_000, maxInterval: 10_000, timeout: 420_000 })
      .catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(ResourceFailureError);
    expect(String(failed)).toMatch(/CREATE_FAILED/);
    const after = await magnum.getCluster(clusterUuid);
    expect(after.status).toBe("CREATE_FAILED");
    expect(after.status_reason).toEqual(expect.any(String));
    // Heat made the stack, and timed out on the servers' set-up; on a machine so loaded that
    // heat-api's call to heat-engine times out first, Heat's 500 fails the cluster before
    // any stack (status_reason "ERROR: Internal Error"): both are Magnum's real failure
    if (after.stack_id) {
      expect(Object.keys(after.faults ?? {}).sort()).toEqual(["default-master", "default-worker"]);
      expect((await conn.orchestration.getStack(after.stack_id)).stack_status).toBe("CREATE_FAILED");
    }
  }, 600_000);

  it("has a CA that signs a client's request", async () => {
    const ca = await magnum.getClusterCertificate({ cluster: clusterUuid });
    expect(ca).toMatchObject({ cluster_uuid: clusterUuid, pem: expect.stringContaining("BEGIN CERTIFICATE") });
    const csr = execFileSync("openssl", [
      "req",
      "-new",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-keyout",
      "/dev/null",
      "-subj",
      "/CN=admin/O=system:masters",
    ]).toString();
    const signed = await magnum.createClusterCertificate({ cluster_uuid: clusterUuid, csr });
    expect(signed).toMatchObject({ cluster_uuid: clusterUuid, csr, pem: expect.stringContaining("BEGIN CERTIFICATE") });
    expect(signed.pem).not.toBe(ca.pem);
  }, 60_000);

  it("refuses changes while it is not complete: the CA's rotation with Magnum's reason; resize accepted and refused later", async () => {
    const rotation = magnum.rotateClusterCertificate({ cluster: clusterUuid });
    await expect(rotation).rejects.toBeInstanceOf(BadRequestError);
    await expect(rotation).rejects.toThrow(/CREATE_FAILED/);
    // resize and update go to the conductor asynchronously (202 and the uuid); it refuses them
    // for a cluster that is not *_COMPLETE, so the cluster stays as it was
    expect(await magnum.resizeCluster({ cluster: clusterUuid, node_count: 2 })).toEqual({ uuid: clusterUuid });
    expect((await magnum.updateCluster(clusterUuid, { node_count: 2 })).uuid).toBe(clusterUuid);
    const after = await magnum.getCluster(clusterUuid);
    expect(after).toMatchObject({ status: "CREATE_FAILED", node_count: 1 });
  }, 60_000);

  it("is deleted with its stack", async () => {
    await magnum.deleteCluster(clusterUuid);
    // Heat deletes the failed stack's resources one by one: minutes when the machine is busy
    await magnum.waitForDeleteCluster(clusterUuid, { interval: 5_000, maxInterval: 10_000, timeout: 540_000 });
    await expect(magnum.getCluster(clusterUuid)).rejects.toBeInstanceOf(NotFoundError);
  }, 560_000);
});
