// Magnum's everyday calls, the same file against the real cloud and the fake one
// (support/target.ts): cluster templates made from an image whose os_distro picks the
// Kubernetes driver, read, found, paged one by one through Magnum's `next` links, changed by
// JSON patch (a field, a label, a field removed), deleted then 404 in Magnum's words; a
// template whose image names no distro refused; a cluster whose key pair is gone refused
// before anything is made; the microversion range in Magnum's three headers. A cluster that
// is accepted is not made here: on the real cloud it drives Heat, Nova and Octavia for
// minutes before CREATE_FAILED (e2e/container-infra.test.ts); the fake's is unit-tested.
import { BadRequestError, Connection, NotFoundError } from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MagnumPrerequisites, magnumPrerequisites, templateOn } from "./support/magnum-prerequisites.js";
import { admin, uniqueName } from "./support/target.js";

/** Magnum's version headers of its v1 answers: version, minimum, maximum. */
const answered = new Set<string>();
const conn = new Connection({
  ...admin,
  fetch: async (input, init) => {
    const request = new Request(input, init);
    const response = await fetch(request);
    const version = response.headers.get("OpenStack-API-Version");
    if (version?.startsWith("container-infra") && request.url.includes("/v1/"))
      answered.add(
        [version, "Minimum", "Maximum"]
          .map((h, i) => (i ? response.headers.get(`OpenStack-API-${h}-Version`) : h))
          .join(" | "),
      );
    return response;
  },
});
const magnum = conn.containerInfrastructureManagement;
const prefix = uniqueName("mf-magnum");
const cleanup: (() => Promise<unknown>)[] = [];
let needs: MagnumPrerequisites;

beforeAll(async () => {
  needs = await magnumPrerequisites(conn, prefix, cleanup);
}, 120_000);

afterAll(async () => {
  for (const undo of cleanup.reverse()) await undo().catch((error) => console.warn("cleanup:", error));
}, 120_000);

const template = (name: string) => templateOn(needs, name);

describe("cluster templates", () => {
  it("are made, read, found, paged, patched and deleted", async () => {
    const made: Awaited<ReturnType<typeof magnum.createClusterTemplate>>[] = [];
    for (const n of [1, 2]) {
      const t = await magnum.createClusterTemplate(template(`${prefix}-t${n}`));
      cleanup.push(() => magnum.deleteClusterTemplate(t.uuid));
      made.push(t);
    }
    const [first, second] = made;
    expect(first).toMatchObject({
      coe: "kubernetes",
      cluster_distro: "fedora-coreos",
      network_driver: "flannel",
      server_type: "vm",
      labels: null,
      public: false,
      floating_ip_enabled: true,
      updated_at: null,
    });
    expect(first!.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
    expect(await magnum.getClusterTemplate(first!.uuid)).toMatchObject({ name: `${prefix}-t1` });
    expect((await magnum.findClusterTemplate(`${prefix}-t2`))?.uuid).toBe(second!.uuid);

    const pages: string[][] = [];
    for await (const page of magnum.listClusterTemplates({ limit: 1 }).pages()) pages.push(page.map((t) => t.uuid));
    expect(pages.every((p) => p.length <= 1)).toBe(true);
    expect(pages.flat().filter((u) => u === first!.uuid || u === second!.uuid)).toEqual([first!.uuid, second!.uuid]);

    const patched = await magnum.updateClusterTemplate(first!.uuid, {
      name: `${prefix}-t1b`,
      master_lb_enabled: true,
      http_proxy: "http://127.0.0.1:3128",
    });
    expect(patched).toMatchObject({
      name: `${prefix}-t1b`,
      master_lb_enabled: true,
      http_proxy: "http://127.0.0.1:3128",
    });
    expect((await magnum.updateClusterTemplate(first!.uuid, { http_proxy: null })).http_proxy).toBeNull();

    await magnum.deleteClusterTemplate(second!.uuid);
    const gone = magnum.getClusterTemplate(second!.uuid);
    await expect(gone).rejects.toBeInstanceOf(NotFoundError);
    await expect(gone).rejects.toMatchObject({ serverMessage: `ClusterTemplate ${second!.uuid} could not be found.` });
  }, 120_000);

  it("refuse an image that names no distro, in Magnum's words", async () => {
    const plain = await conn.image.createImage({
      name: `${prefix}-plain`,
      disk_format: "raw",
      container_format: "bare",
    });
    cleanup.push(() => conn.image.deleteImage(plain.id));
    const refused = magnum.createClusterTemplate({ ...template(`${prefix}-bad`), image_id: plain.id });
    await expect(refused).rejects.toBeInstanceOf(BadRequestError);
    await expect(refused).rejects.toMatchObject({
      serverMessage: "Cluster type (vm, None, kubernetes) not supported.",
    });
  }, 60_000);
});

describe("clusters and the microversion", () => {
  it("a cluster whose key pair is gone is refused before anything is made", async () => {
    const t = await magnum.createClusterTemplate({ ...template(`${prefix}-nokp`), keypair_id: undefined });
    cleanup.push(() => magnum.deleteClusterTemplate(t.uuid));
    const refused = magnum.createCluster({
      name: `${prefix}-c`,
      cluster_template_id: t.uuid,
      keypair: `${prefix}-gone`,
      master_count: 1,
      node_count: 1,
    });
    await expect(refused).rejects.toBeInstanceOf(NotFoundError);
    await expect(refused).rejects.toMatchObject({ serverMessage: `Unable to find keypair ${prefix}-gone.` });
  }, 120_000);

  it("is answered at 1.10 with Magnum's range beside it", () => {
    expect([...answered]).toEqual(["container-infra 1.10 | container-infra 1.1 | container-infra 1.10"]);
  });
});
