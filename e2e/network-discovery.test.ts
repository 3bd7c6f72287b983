// What a Neutron tells about itself, on the real service: its extensions, its availability
// zones and its agents. No agent process runs on the loopback cloud (at most a stand-in row
// that e2e/cloud writes so ports can bind), so the scheduling calls are proven by the answers
// Neutron gives for a network and a router that no agent hosts, and by its 404 for an agent
// that does not exist.
import { Connection, NotFoundError } from "@openstack-ts/openstack";
import { afterAll, describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/cloud.js";

const conn = new Connection(admin);
const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const undo of cleanup.reverse()) await undo().catch((error: unknown) => console.warn("cleanup:", error));
});

const NO_SUCH_AGENT = "00000000-0000-4000-8000-00000000a9e7";

describe("extensions on the real Neutron", () => {
  it("lists the loaded extensions, gets one by alias and finds one by alias or name", async () => {
    const all = await conn.network.listExtensions();
    const aliases = all.map((e) => e.alias);
    expect(aliases).toEqual(
      expect.arrayContaining([
        "router",
        "external-net",
        "security-group",
        "quotas",
        "rbac-policies",
        "standard-attr-tag",
        "subnet_allocation",
      ]),
    );
    expect(new Set(aliases).size).toBe(aliases.length);
    const router = await conn.network.getExtension("router");
    expect(router.name).toBe("Neutron L3 Router");
    expect((await conn.network.findExtension("Neutron L3 Router"))?.alias).toBe("router");
    expect((await conn.network.findExtension("extraroute-atomic"))?.alias).toBe("extraroute-atomic");
    expect(await conn.network.findExtension(uniqueName("no-such-extension"))).toBeNull();
    await expect(conn.network.getExtension("no-such-extension")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("availability zones on the real Neutron", () => {
  it("lists zones (those of DHCP and L3 agents: none here) and accepts the zone filters", async () => {
    const zones = await conn.network.listAvailabilityZones();
    expect(zones.every((z) => ["network", "router"].includes(z.resource))).toBe(true);
    const networkZones = await conn.network.listAvailabilityZones({ resource: "network", state: "available" });
    expect(networkZones).toEqual(zones.filter((z) => z.resource === "network" && z.state === "available"));
    expect(await conn.network.listAvailabilityZones({ resource: "router", name: uniqueName("az") })).toEqual([]);
  });
});

describe("agents on the real Neutron", () => {
  it("lists agents with filters, gets each one, and answers 404 for an agent that does not exist", async () => {
    for (const agent of await conn.network.listAgents()) {
      const again = await conn.network.getAgent(agent.id);
      expect([again.agent_type, again.host, again.binary]).toEqual([agent.agent_type, agent.host, agent.binary]);
      expect(
        (await conn.network.listAgents({ host: agent.host, agent_type: agent.agent_type })).map((a) => a.id),
      ).toContain(agent.id);
    }
    expect(await conn.network.listAgents({ agent_type: "DHCP agent", alive: true, host: uniqueName("host") })).toEqual(
      [],
    );
    await expect(conn.network.getAgent(NO_SUCH_AGENT)).rejects.toBeInstanceOf(NotFoundError);
    await expect(conn.network.updateAgent(NO_SUCH_AGENT, { description: "e2e" })).rejects.toBeInstanceOf(NotFoundError);
    await conn.network.deleteAgent(NO_SUCH_AGENT);
    await expect(conn.network.deleteAgent(NO_SUCH_AGENT, { ignoreMissing: false })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("describes an agent and puts its description back, when the cloud has one", async () => {
    const [agent] = await conn.network.listAgents();
    if (agent === undefined) return;
    const before = agent.description ?? null;
    try {
      expect((await conn.network.updateAgent(agent, { description: "described by e2e" })).description).toBe(
        "described by e2e",
      );
      expect((await conn.network.getAgent(agent.id)).description).toBe("described by e2e");
    } finally {
      await conn.network.updateAgent(agent, { description: before });
    }
  });

  it("asks which agents host a network and a router, and refuses to schedule onto a missing agent", async () => {
    const net = await conn.network.createNetwork({ name: uniqueName("sched") });
    cleanup.push(() => conn.network.deleteNetwork(net));
    const router = await conn.network.createRouter({ name: uniqueName("sched") });
    cleanup.push(() => conn.network.deleteRouter(router));

    expect(await conn.network.networkHostingDhcpAgents({ network: net })).toEqual({ agents: [] });
    expect(await conn.network.routersHostingL3Agents({ router })).toEqual({ agents: [] });
    await expect(conn.network.dhcpAgentHostingNetworks({ agent: NO_SUCH_AGENT })).rejects.toThrow(
      /Agent .* could not be found/,
    );
    await expect(conn.network.addDhcpAgentToNetwork({ agent: NO_SUCH_AGENT, network: net })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      conn.network.removeDhcpAgentFromNetwork({ agent: NO_SUCH_AGENT, network: net.id }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(conn.network.agentHostedRouters({ agent: NO_SUCH_AGENT })).rejects.toBeInstanceOf(NotFoundError);
    await expect(conn.network.addRouterToAgent({ agent: NO_SUCH_AGENT, router })).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      conn.network.removeRouterFromAgent({ agent: NO_SUCH_AGENT, router: router.id }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
