import { http, HttpResponse } from "msw";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { API, bodyOf, networkCloud, noContent, sent } from "../fixtures.js";
import { Agent } from "../../src/agents/agent.js";
import { dhcpAgentBody, networkId, ovsAgentBody, routerId } from "./fixtures.js";

const { server, setup } = networkCloud();
const agent = dhcpAgentBody.id;

describe("agents", () => {
  it("lists by type and host, gets, describes or disables one, and deletes", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/agents`, () => HttpResponse.json({ agents: [ovsAgentBody, dhcpAgentBody] })),
      http.get(`${API}/agents/:id`, () => HttpResponse.json({ agent: ovsAgentBody })),
      http.put(`${API}/agents/:id`, () =>
        HttpResponse.json({ agent: { ...ovsAgentBody, description: "My OVS agent for OpenStack" } }),
      ),
      http.delete(`${API}/agents/:id`, () => noContent()),
    );
    const listed = await facade.listAgents({ agent_type: "DHCP agent", host: "agenthost1", alive: true });
    expect(listed.map((a) => a.binary)).toEqual(["neutron-openvswitch-agent", "neutron-dhcp-agent"]);
    expect(listed[0]?.configurations?.["bridge_mappings"]).toEqual({ public: "br-ex" });
    expect((await facade.getAgent(ovsAgentBody.id)).availability_zone).toBeNull();
    const described = await facade.updateAgent(ovsAgentBody, {
      description: "My OVS agent for OpenStack",
      admin_state_up: false,
    });
    expect(described.description).toBe("My OVS agent for OpenStack");
    await facade.deleteAgent(ovsAgentBody.id);
    expect(seen.map(sent)).toEqual([
      "GET /v2.0/agents?agent_type=DHCP+agent&host=agenthost1&alive=true",
      `GET /v2.0/agents/${ovsAgentBody.id}`,
      `PUT /v2.0/agents/${ovsAgentBody.id}`,
      `DELETE /v2.0/agents/${ovsAgentBody.id}`,
    ]);
    expect(await bodyOf(seen[2]!)).toEqual({
      agent: { description: "My OVS agent for OpenStack", admin_state_up: false },
    });
  });

  it("schedules networks to DHCP agents", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/agents/:id/dhcp-networks`, () => HttpResponse.json({ networks: [] })),
      http.post(`${API}/agents/:id/dhcp-networks`, () => new HttpResponse(null, { status: 201 })),
      http.delete(`${API}/agents/:id/dhcp-networks/:network`, () => noContent()),
      http.get(`${API}/networks/:id/dhcp-agents`, () => HttpResponse.json({ agents: [dhcpAgentBody] })),
    );
    expect(await facade.dhcpAgentHostingNetworks({ agent })).toEqual({ networks: [] });
    await facade.addDhcpAgentToNetwork({ agent: dhcpAgentBody, network: networkId });
    await facade.removeDhcpAgentFromNetwork({ agent, network: { id: networkId } });
    const { agents } = v.parse(
      v.object({ agents: v.array(Agent) }),
      await facade.networkHostingDhcpAgents({ network: networkId }),
    );
    expect(agents[0]?.agent_type).toBe("DHCP agent");
    expect(seen.map(sent)).toEqual([
      `GET /v2.0/agents/${agent}/dhcp-networks`,
      `POST /v2.0/agents/${agent}/dhcp-networks`,
      `DELETE /v2.0/agents/${agent}/dhcp-networks/${networkId}`,
      `GET /v2.0/networks/${networkId}/dhcp-agents`,
    ]);
    expect(await bodyOf(seen[1]!)).toEqual({ network_id: networkId });
  });

  it("schedules routers to L3 agents", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/agents/:id/l3-routers`, () => HttpResponse.json({ routers: [] })),
      http.post(`${API}/agents/:id/l3-routers`, () => new HttpResponse(null, { status: 201 })),
      http.delete(`${API}/agents/:id/l3-routers/:router`, () => noContent()),
      http.get(`${API}/routers/:id/l3-agents`, () => HttpResponse.json({ agents: [] })),
    );
    await facade.agentHostedRouters({ agent });
    await facade.addRouterToAgent({ agent, router: { id: routerId } });
    await facade.removeRouterFromAgent({ agent, router: routerId });
    expect(await facade.routersHostingL3Agents({ router: routerId })).toEqual({ agents: [] });
    expect(seen.map(sent)).toEqual([
      `GET /v2.0/agents/${agent}/l3-routers`,
      `POST /v2.0/agents/${agent}/l3-routers`,
      `DELETE /v2.0/agents/${agent}/l3-routers/${routerId}`,
      `GET /v2.0/routers/${routerId}/l3-agents`,
    ]);
    expect(await bodyOf(seen[1]!)).toEqual({ router_id: routerId });
  });

  it("cannot be created, and only its description and admin state change", async () => {
    const { facade, seen } = setup();
    // @ts-expect-error: agents register themselves
    expect(facade.createAgent).toBeUndefined();
    // @ts-expect-error: the host is what the agent reports
    await expect(facade.updateAgent(agent, { host: "elsewhere" })).rejects.toThrow(/cannot be set/);
    // @ts-expect-error: the network to schedule is missing
    await expect(facade.addDhcpAgentToNetwork({ agent })).rejects.toThrow(/network/);
    expect(seen).toHaveLength(0);
  });
});
