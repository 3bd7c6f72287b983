// Neutron's address management and sharing on the real service: address scopes, subnet pools
// with a subnet allocated from one, RBAC policies that share a network with the demo project
// (seen from the demo user's side), and quotas read, changed and reset.
import { Connection } from "@openstack-ts/openstack";
import { afterAll, describe, expect, it } from "vitest";
import { admin, demo, uniqueName } from "./support/cloud.js";

const conn = new Connection(admin);
const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const undo of cleanup.reverse()) await undo().catch((error: unknown) => console.warn("cleanup:", error));
});

describe("address scopes and subnet pools on the real Neutron", () => {
  it("allocates a subnet's CIDR from a pool in an address scope, which the network then reports", async () => {
    const scopeName = uniqueName("scope");
    const scope = await conn.network.createAddressScope({ name: scopeName, ip_version: 4 });
    cleanup.push(() => conn.network.deleteAddressScope(scope));
    expect(scope.shared).toBe(false);
    expect((await conn.network.findAddressScope(scopeName))?.id).toBe(scope.id);

    const poolName = uniqueName("pool");
    const pool = await conn.network.createSubnetPool({
      name: poolName,
      prefixes: ["10.180.0.0/16"],
      default_prefixlen: 24,
      min_prefixlen: 20,
      max_prefixlen: 28,
      address_scope_id: scope.id,
    });
    cleanup.push(() => conn.network.deleteSubnetPool(pool));
    expect(pool.ip_version).toBe(4);
    // Neutron answers prefix lengths as strings; the schema takes both.
    expect(Number(pool.default_prefixlen)).toBe(24);
    expect((await conn.network.listSubnetPools({ address_scope_id: scope.id })).map((p) => p.id)).toEqual([pool.id]);
    expect((await conn.network.findSubnetPool(poolName))?.id).toBe(pool.id);

    const net = await conn.network.createNetwork({ name: uniqueName("pooled") });
    cleanup.push(() => conn.network.deleteNetwork(net));
    const subnet = await conn.network.createSubnet({
      network_id: net.id,
      ip_version: 4,
      subnetpool_id: pool.id,
      prefixlen: 26,
    });
    cleanup.push(() => conn.network.deleteSubnet(subnet));
    expect(subnet.subnetpool_id).toBe(pool.id);
    expect(subnet.cidr).toMatch(/^10\.180\.\d+\.\d+\/26$/);
    expect((await conn.network.getNetwork(net.id)).ipv4_address_scope).toBe(scope.id);
    const defaulted = await conn.network.createSubnet({ network_id: net.id, ip_version: 4, subnetpool_id: pool.id });
    cleanup.push(() => conn.network.deleteSubnet(defaulted));
    expect(defaulted.cidr).toMatch(/\/24$/);

    const grown = (await conn.network.addPrefixesToSubnetPool({ subnetpool: pool, prefixes: ["10.181.0.0/24"] })) as {
      prefixes: string[];
    };
    expect(grown.prefixes).toEqual(["10.180.0.0/16", "10.181.0.0/24"]);
    await conn.network.removePrefixesFromSubnetPool({ subnetpool: pool.id, prefixes: ["10.181.0.0/24"] });
    expect((await conn.network.getSubnetPool(pool.id)).prefixes).toEqual(["10.180.0.0/16"]);
    const described = await conn.network.updateSubnetPool(pool, { description: "e2e", default_quota: 1024 });
    expect(described.default_quota).toBe(1024);
    expect((await conn.network.updateAddressScope(scope, { name: `${scopeName}-2` })).name).toBe(`${scopeName}-2`);

    await conn.network.deleteSubnet(defaulted);
    await conn.network.deleteSubnet(subnet);
    await conn.network.deleteSubnetPool(pool);
    await conn.network.deleteAddressScope(scope);
    expect(await conn.network.findSubnetPool(pool.id)).toBeNull();
    expect(await conn.network.findAddressScope(scope.id)).toBeNull();
  });
});

describe("RBAC policies on the real Neutron", () => {
  it("shares a network with the demo project, which the demo user then sees, until the policy goes", async () => {
    const asDemo = new Connection(demo);
    const demoProject = await conn.identity.findProject("demo", { ignoreMissing: false });
    const net = await conn.network.createNetwork({ name: uniqueName("rbac") });
    cleanup.push(() => conn.network.deleteNetwork(net));
    expect(await asDemo.network.findNetwork(net.id)).toBeNull();

    const policy = await conn.network.createRbacPolicy({
      object_type: "network",
      object_id: net.id,
      action: "access_as_shared",
      target_tenant: demoProject.id,
    });
    cleanup.push(() => conn.network.deleteRbacPolicy(policy));
    expect(policy.target_tenant).toBe(demoProject.id);
    expect((await conn.network.listRbacPolicies({ object_id: net.id })).map((p) => p.id)).toEqual([policy.id]);
    expect((await conn.network.findRbacPolicy(policy.id))?.action).toBe("access_as_shared");

    const seen = await asDemo.network.getNetwork(net.id);
    expect(seen.shared).toBe(true);
    expect((await asDemo.network.listNetworks({ shared: true })).map((n) => n.id)).toContain(net.id);
    // The demo project can now put a port on it.
    const port = await asDemo.network.createPort({ network_id: net.id, name: uniqueName("demo-port") });
    await asDemo.network.deletePort(port);

    const alt = await conn.identity.findProject("alt_demo", { ignoreMissing: false });
    expect((await conn.network.updateRbacPolicy(policy, { target_tenant: alt.id })).target_tenant).toBe(alt.id);
    expect(await asDemo.network.findNetwork(net.id)).toBeNull();
    await conn.network.deleteRbacPolicy(policy);
    expect(await conn.network.findRbacPolicy(policy.id)).toBeNull();
  });
});

describe("quotas on the real Neutron", () => {
  it("reads a new project's quota and the defaults, changes limits, reads usage, and resets", async () => {
    const project = await conn.identity.createProject({ name: uniqueName("quota"), description: "network quotas e2e" });
    cleanup.push(() => conn.identity.deleteProject(project));
    cleanup.push(() => conn.network.deleteQuota(project));

    const defaults = ((await conn.network.getQuotaDefault({ project })) as { quota: Record<string, number> }).quota;
    expect(defaults["network"]).toBeGreaterThan(0);
    const initial = await conn.network.getQuota(project);
    expect(initial.network).toBe(defaults["network"]);
    expect(initial.security_group_rule).toBe(defaults["security_group_rule"]);
    expect((await conn.network.listQuotas()).map((q) => q.project_id)).not.toContain(project.id);

    const changed = await conn.network.updateQuota(project, { network: 7, port: 33, router: -1 });
    expect([changed.network, changed.port, changed.router]).toEqual([7, 33, -1]);
    const listed = (await conn.network.listQuotas()).find((q) => q.project_id === project.id);
    expect(listed?.network).toBe(7);
    const details = (
      (await conn.network.getQuotaDetails({ project: project.id })) as {
        quota: Record<string, { limit: number; used: number }>;
      }
    ).quota;
    expect(details["network"]).toMatchObject({ limit: 7, used: 0 });
    expect(details["port"]?.limit).toBe(33);

    await conn.network.deleteQuota(project);
    expect((await conn.network.getQuota(project.id)).network).toBe(defaults["network"]);
    expect((await conn.network.listQuotas()).map((q) => q.project_id)).not.toContain(project.id);
  });
});
