// Nova resources that need no running server, on the real API: flavors with extra specs and
// access, key pairs, server groups, quotas, limits, availability zones, hypervisors,
// aggregates, services and migrations.
import { Connection, isPartial, MicroversionError, NotFoundError } from "@openstack-ts/openstack";
import { afterAll, describe, expect, it } from "vitest";
import { admin, demo, recordingFetch, uniqueName } from "./support/cloud.js";

const conn = new Connection(admin);
const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const undo of cleanup.reverse()) await undo().catch(() => undefined);
});

const demoProjectId = async () => (await conn.identity.findProject("demo", { ignoreMissing: false })).id;

describe("compute on the real Nova", () => {
  it("creates a private flavor, grants a project access, and manages its extra specs", async () => {
    const name = uniqueName("flavor");
    const flavor = await conn.compute.createFlavor({
      name,
      ram: 128,
      vcpus: 1,
      disk: 0,
      "os-flavor-access:is_public": false,
      description: "e2e flavor",
    });
    cleanup.push(() => conn.compute.deleteFlavor(flavor));
    expect(flavor["os-flavor-access:is_public"]).toBe(false);
    expect(flavor.swap).toBe(0);

    const project = await demoProjectId();
    await conn.compute.flavorAddTenantAccess({ flavor, tenant: project });
    expect(await conn.compute.listFlavorAccess({ flavor })).toEqual([{ flavor_id: flavor.id, tenant_id: project }]);
    const asDemo = new Connection(demo);
    expect((await asDemo.compute.findFlavor(name))?.id).toBe(flavor.id);
    await conn.compute.flavorRemoveTenantAccess({ flavor, tenant: { id: project } });
    expect(await conn.compute.listFlavorAccess({ flavor })).toEqual([]);

    await conn.compute.createFlavorExtraSpecs({
      flavor,
      extra_specs: { "hw:cpu_policy": "shared", "e2e:color": "blue" },
    });
    await conn.compute.updateFlavorExtraSpecsProperty({ flavor, key: "e2e:color", value: "green" });
    expect(await conn.compute.getFlavorExtraSpecsProperty({ flavor, key: "e2e:color" })).toEqual({
      "e2e:color": "green",
    });
    await conn.compute.deleteFlavorExtraSpecsProperty({ flavor, key: "hw:cpu_policy" });
    expect(await conn.compute.fetchFlavorExtraSpecs({ flavor })).toEqual({ extra_specs: { "e2e:color": "green" } });
    await expect(conn.compute.getFlavorExtraSpecsProperty({ flavor, key: "hw:cpu_policy" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    // 2.61 shows the extra specs in the flavor itself.
    expect((await conn.compute.getFlavor(flavor)).extra_specs).toEqual({ "e2e:color": "green" });

    expect((await conn.compute.updateFlavor(flavor, { description: "changed" })).description).toBe("changed");
    const listed = await conn.compute.listFlavors({ is_public: "None" });
    expect(listed.map((f) => f.id)).toContain(flavor.id);
    // An admin's list shows public flavors unless told otherwise; find passes the filter on.
    expect(await conn.compute.findFlavor(name)).toBeNull();
    expect((await conn.compute.findFlavor(name, { is_public: "None" }))?.id).toBe(flavor.id);
    await conn.compute.deleteFlavor(flavor);
    await expect(conn.compute.getFlavor(flavor.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("pages through flavors one at a time", async () => {
    const recorder = recordingFetch();
    const counted = new Connection({ ...admin, fetch: recorder.fetch });
    const pages: string[][] = [];
    for await (const page of counted.compute.listFlavors({}, { limit: 1 }).pages()) pages.push(page.map((f) => f.name));
    expect(pages.flat()).toEqual(expect.arrayContaining(["m1.tiny", "m1.small", "m1.medium"]));
    expect(pages.every((page) => page.length === 1)).toBe(true);
    expect(recorder.count("GET", /\/flavors\/detail\?/)).toBeGreaterThanOrEqual(3);
  });

  it("generates a key pair (the private key comes once), imports one, and pages through them", async () => {
    const generated = await conn.compute.createKeypair({ name: uniqueName("kp") });
    cleanup.push(() => conn.compute.deleteKeypair(generated));
    expect(generated.private_key).toMatch(/PRIVATE KEY/);
    expect((await conn.compute.getKeypair(generated.name)).private_key).toBeUndefined();

    const imported = await conn.compute.createKeypair({ name: uniqueName("kp"), public_key: generated.public_key });
    cleanup.push(() => conn.compute.deleteKeypair(imported));
    expect(imported.fingerprint).toBe(generated.fingerprint);
    expect(imported.private_key).toBeUndefined();

    const names = (await conn.compute.listKeypairs({}, { limit: 1 })).map((k) => k.name);
    expect(names).toEqual(expect.arrayContaining([generated.name, imported.name]));
    expect((await conn.compute.findKeypair(imported.name))?.public_key).toBe(generated.public_key);
    await conn.compute.deleteKeypair(imported);
    expect(await conn.compute.findKeypair(imported.name)).toBeNull();
  });

  it("creates, finds, lists and deletes a server group with a 2.64 policy and rules", async () => {
    const name = uniqueName("group");
    const group = await conn.compute.createServerGroup({
      name,
      policy: "anti-affinity",
      rules: { max_server_per_host: 2 },
    });
    cleanup.push(() => conn.compute.deleteServerGroup(group));
    expect(group).toMatchObject({ name, policy: "anti-affinity", rules: { max_server_per_host: 2 }, members: [] });
    expect((await conn.compute.findServerGroup(name))?.id).toBe(group.id);
    expect((await conn.compute.listServerGroups({ all_projects: true })).map((g) => g.id)).toContain(group.id);
    await conn.compute.deleteServerGroup(group);
    await expect(conn.compute.getServerGroup(group.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("reads, changes and reverts a project's quotas; reads defaults, usage and limits", async () => {
    const project = await demoProjectId();
    const before = await conn.compute.getQuotaSet(project);
    expect(before.id).toBe(project);
    expect(typeof before.instances).toBe("number");
    cleanup.push(() => conn.compute.deleteQuotaSet(project));
    const changed = await conn.compute.updateQuotaSet(project, { instances: 42, key_pairs: 7 });
    expect([changed.instances, changed.key_pairs]).toEqual([42, 7]);
    expect((await conn.compute.getQuotaSet(project)).instances).toBe(42);
    const detail = (await conn.compute.getQuotaSetDetail({ project })) as {
      quota_set: Record<string, { limit: number; in_use: number }>;
    };
    expect(detail.quota_set["instances"]).toMatchObject({ limit: 42 });
    await conn.compute.deleteQuotaSet(project);
    const defaults = (await conn.compute.getQuotaSetDefaults({ project })) as { quota_set: { instances: number } };
    expect((await conn.compute.getQuotaSet(project)).instances).toBe(defaults.quota_set.instances);

    const asDemo = new Connection(demo);
    const limits = (await asDemo.compute.getLimits()) as {
      limits: { absolute: { maxTotalInstances: number; totalInstancesUsed: number } };
    };
    expect(limits.limits.absolute.maxTotalInstances).toBe(defaults.quota_set.instances);
    expect(typeof limits.limits.absolute.totalInstancesUsed).toBe("number");
  });

  it("lists availability zones, with details for an admin", async () => {
    expect((await conn.compute.listAvailabilityZones()).map((z) => z.zoneName)).toContain("nova");
    const detailed = await conn.compute.listAvailabilityZoneDetails();
    expect(detailed.map((z) => z.zoneName)).toEqual(expect.arrayContaining(["internal", "nova"]));
    expect(
      detailed.find((z) => z.zoneName === "internal")?.hosts?.["loopback-cloud"]?.["nova-conductor"]?.available,
    ).toBe(true);
  });

  it("lists services at 2.69 (UUID ids); disables and enables nova-compute, forces it down and back up", async () => {
    expect((await conn.compute.listServices()).map((s) => s.binary)).toEqual(
      expect.arrayContaining(["nova-conductor", "nova-scheduler", "nova-compute"]),
    );
    const [compute] = await conn.compute.listServices({ binary: "nova-compute", host: "loopback-cloud" });
    // One cell, always reachable: never a partial record.
    if (compute === undefined || isPartial(compute)) throw new Error("no full nova-compute service listed");
    expect(compute.id).toMatch(/^[0-9a-f-]{36}$/);
    // Nova updates nova-compute services only. Restored at once, whatever happens: a disabled
    // or forced-down compute service would stop every other test from booting servers.
    try {
      const disabled = (await conn.compute.disableService({ service: compute!, disabled_reason: "e2e" })) as {
        service: { status: string; disabled_reason: string };
      };
      expect(disabled.service).toMatchObject({ status: "disabled", disabled_reason: "e2e" });
      expect((await conn.compute.listServices({ binary: "nova-compute" }))[0]?.status).toBe("disabled");
      await conn.compute.enableService({ service: compute!.id });
      await conn.compute.updateServiceForcedDown({ service: compute!, forced_down: true });
      expect((await conn.compute.listServices({ binary: "nova-compute" }))[0]).toMatchObject({
        forced_down: true,
        state: "down",
      });
    } finally {
      await conn.compute.updateServiceForcedDown({ service: compute!, forced_down: false });
      await conn.compute.enableService({ service: compute! });
    }
    expect((await conn.compute.listServices({ binary: "nova-compute" }))[0]).toMatchObject({
      status: "enabled",
      forced_down: false,
      state: "up",
    });
  });

  it("refuses a call the session's configured microversion cannot reach, before sending it", async () => {
    const old = new Connection({ ...admin, computeDefaultMicroversion: "2.50" });
    await expect(old.compute.enableService({ service: "x" })).rejects.toBeInstanceOf(MicroversionError);
  });

  it("lists hypervisors (the fake driver's node) and gets one by its UUID", async () => {
    const hypervisors = await conn.compute.listHypervisors({ hypervisor_hostname_pattern: "loopback" });
    expect(hypervisors.map((h) => [h.hypervisor_hostname, h.hypervisor_type])).toEqual([["loopback-cloud", "fake"]]);
    const one = await conn.compute.getHypervisor(hypervisors[0]!);
    expect(one.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(one.state).toBe("up");
  });

  it("creates an aggregate, adds the compute host, sets metadata, renames and deletes it", async () => {
    const name = uniqueName("agg");
    const aggregate = await conn.compute.createAggregate({ name });
    cleanup.push(() => conn.compute.deleteAggregate(aggregate));
    cleanup.push(() => conn.compute.removeHostFromAggregate({ aggregate, host: "loopback-cloud" }));
    expect(aggregate.id).toMatch(/^\d+$/);
    const withHost = (await conn.compute.addHostToAggregate({ aggregate, host: "loopback-cloud" })) as {
      aggregate: { hosts: string[] };
    };
    expect(withHost.aggregate.hosts).toEqual(["loopback-cloud"]);
    await conn.compute.setAggregateMetadata({ aggregate, metadata: { e2e: "yes", other: "x" } });
    await conn.compute.setAggregateMetadata({ aggregate, metadata: { other: null } });
    expect((await conn.compute.getAggregate(aggregate)).metadata).toEqual({ e2e: "yes" });
    expect((await conn.compute.updateAggregate(aggregate, { name: `${name}-renamed` })).name).toBe(`${name}-renamed`);
    expect((await conn.compute.findAggregate(`${name}-renamed`))?.id).toBe(aggregate.id);
    await conn.compute.removeHostFromAggregate({ aggregate, host: "loopback-cloud" });
    await conn.compute.deleteAggregate(aggregate);
    expect(await conn.compute.findAggregate(aggregate.id)).toBeNull();
  });

  it("lists migrations (admin)", async () => {
    const all = await conn.compute.listMigrations();
    expect(Array.isArray(all)).toBe(true);
    expect(all.every((m) => typeof m.id === "string" && typeof m.status === "string")).toBe(true);
  });
});
