// Bodies from the Networking API reference (v2.0, "Networks"), trimmed to what the tests read.

export const networkBody = {
  admin_state_up: true,
  availability_zone_hints: [],
  availability_zones: ["nova"],
  created_at: "2016-03-08T20:19:41",
  dns_domain: "my-domain.org.",
  id: "d32019d3-bc6e-4319-9c1d-6722fc136a22",
  ipv4_address_scope: null,
  ipv6_address_scope: null,
  l2_adjacency: false,
  mtu: 1500,
  name: "private-network",
  port_security_enabled: true,
  project_id: "4fd44f30292945e481c7b8a0c8908869",
  qos_policy_id: "6a8454ade84346f59e8d40665f878b2e",
  revision_number: 1,
  "router:external": false,
  shared: true,
  status: "ACTIVE",
  subnets: ["54d6f61d-db07-451c-9ab3-b9609b6b6f0b"],
  tenant_id: "4fd44f30292945e481c7b8a0c8908869",
  updated_at: "2016-03-08T20:19:41",
  vlan_transparent: false,
  description: "",
  is_default: false,
  tags: ["tag1,tag2"],
};

export const otherNetworkBody = {
  ...networkBody,
  id: "db193ab3-96e3-4cb3-8fc5-05f4296d0324",
  name: "private",
  shared: false,
  "provider:network_type": "local",
  "provider:physical_network": null,
  "provider:segmentation_id": null,
};
