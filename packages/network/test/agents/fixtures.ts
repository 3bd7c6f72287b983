// Bodies from the Networking API reference (v2.0, "Networking Agents", "DHCP agent
// scheduler", "L3 agent scheduler"), trimmed to what the tests read.

export const ovsAgentBody = {
  binary: "neutron-openvswitch-agent",
  description: null,
  availability_zone: null,
  heartbeat_timestamp: "2017-09-12 19:40:38",
  admin_state_up: true,
  alive: true,
  id: "04c62b91-b799-48b7-9cd5-2982db6df9c6",
  topic: "N/A",
  host: "agenthost1",
  agent_type: "Open vSwitch agent",
  started_at: "2017-09-12 19:35:38",
  created_at: "2017-09-12 19:35:38",
  resources_synced: true,
  configurations: { datapath_type: "system", tunnel_types: ["vxlan"], bridge_mappings: { public: "br-ex" } },
};

export const dhcpAgentBody = {
  binary: "neutron-dhcp-agent",
  description: null,
  availability_zone: "nova",
  heartbeat_timestamp: "2018-04-08 07:32:42",
  admin_state_up: true,
  alive: true,
  topic: "dhcp_agent",
  host: "mkm-instance01",
  ha_state: null,
  agent_type: "DHCP agent",
  resource_versions: {},
  created_at: "2018-03-11 08:10:58",
  started_at: "2018-03-11 08:10:58",
  id: "b64f5c61-2210-41a6-869f-b51d7914511e",
  configurations: {
    subnets: 1,
    dhcp_lease_duration: 86400,
    dhcp_driver: "neutron.agent.linux.dhcp.Dnsmasq",
    ports: 2,
    networks: 1,
  },
};

export const networkId = "1ae075ca-708b-4e66-b4a7-b7698632f05f";
export const routerId = "43e66290-79a4-415d-9eb9-7ff7919839e1";
