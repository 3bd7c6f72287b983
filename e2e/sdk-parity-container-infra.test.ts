// openstack-ts beside Python on the same Magnum: the same cluster templates (by uuid, in the
// same order, all of them and the first page), the same clusters, node groups, quotas and
// services. openstacksdk 0.101 (Debian's) has no Magnum proxy yet, so the Python side is
// python-magnumclient, the client of the openstack CLI's `coe` commands (support/magnum-sdk.py).
// What we make we make with our SDK; Python only lists.
import { Connection } from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/cloud.js";
import { magnumPrerequisites } from "./support/magnum-prerequisites.js";
import { pythonLists } from "./support/python-lists.js";

const conn = new Connection(admin);
const magnum = conn.containerInfrastructureManagement;
const prefix = uniqueName("magnum-parity");
const cleanup: (() => Promise<unknown>)[] = [];
const made: string[] = [];

type Row = { id: string | number; name: string | null; project_id: string | null };
interface Ask {
  method: "cluster_templates" | "clusters" | "nodegroups" | "quotas" | "mservices";
  query?: Record<string, string | number | boolean>;
}

/** python-magnumclient's items for each list (support/magnum-sdk.py), as clouds.yaml's admin. */
const python = (lists: Record<string, Ask>) =>
  pythonLists<Row>(lists, { script: "magnum-sdk.py", who: "python-magnumclient" });

beforeAll(async () => {
  const { networkId, imageId } = await magnumPrerequisites(conn, prefix, cleanup);
  for (const n of [1, 2, 3]) {
    const t = await magnum.createClusterTemplate({
      name: `${prefix}-${n}`,
      coe: "kubernetes",
      image_id: imageId,
      external_network_id: networkId,
    });
    made.push(t.uuid);
    cleanup.push(() => magnum.deleteClusterTemplate(t.uuid));
  }
  const project = (await conn.identity.findProject("demo"))!;
  await magnum.deleteQuota({ project_id: project.id, resource: "Cluster" }).catch(() => undefined);
  await magnum.createQuota({ project_id: project.id, resource: "Cluster", hard_limit: 4 });
  cleanup.push(() => magnum.deleteQuota({ project_id: project.id, resource: "Cluster" }));
}, 120_000);

afterAll(async () => {
  for (const undo of cleanup.reverse()) await undo().catch((error) => console.warn("cleanup:", error));
}, 120_000);

describe("the same lists as python-magnumclient", () => {
  it("cluster templates, clusters, quotas and services: the same ids in the same order", async () => {
    const theirs = python({
      templates: { method: "cluster_templates", query: { detail: true } },
      firstPage: { method: "cluster_templates", query: { limit: 1 } },
      clusters: { method: "clusters" },
      quotas: { method: "quotas", query: { all_tenants: true } },
      services: { method: "mservices" },
    });
    const templates = (await magnum.listClusterTemplates()).map((t) => t.uuid);
    expect(templates).toEqual(theirs.templates!.map((r) => r.id));
    expect(templates).toEqual(expect.arrayContaining(made));
    let firstPage: string[] = [];
    for await (const page of magnum.listClusterTemplates({ limit: 1 }).pages()) {
      firstPage = page.map((t) => t.uuid);
      break;
    }
    expect(firstPage).toEqual(theirs.firstPage!.map((r) => r.id));
    expect((await magnum.listClusters()).map((c) => c.uuid)).toEqual(theirs.clusters!.map((r) => r.id));
    const quotas = await magnum.listQuotas({ all_tenants: true });
    expect(quotas.map((q) => q.id)).toEqual(theirs.quotas!.map((r) => r.id));
    expect(quotas.length).toBeGreaterThan(0);
    expect((await magnum.listServices()).map((s) => s.id)).toEqual(theirs.services!.map((r) => r.id));
  }, 120_000);
});
