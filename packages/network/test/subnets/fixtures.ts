// Bodies from the Networking API reference (v2.0, "Subnets"), trimmed to what the tests read,
// plus one shaped like a Neutron without the optional extensions answers.

export const subnetBody = {
  id: "08eae331-0402-425a-923c-34f7cfe39c1b",
  name: "private-subnet",
  network_id: "db193ab3-96e3-4cb3-8fc5-05f4296d0324",
  ip_version: 4,
  cidr: "10.0.0.0/24",
  gateway_ip: "10.0.0.1",
  enable_dhcp: true,
  allocation_pools: [{ start: "10.0.0.2", end: "10.0.0.254" }],
  dns_nameservers: [],
  host_routes: [],
  ipv6_address_mode: null,
  ipv6_ra_mode: null,
  subnetpool_id: null,
  segment_id: null,
  service_types: [],
  dns_publish_fixed_ip: false,
  "router:external": false,
  description: "",
  project_id: "26a7980765d0414dbc1fc1f88cdb7e6e",
  tenant_id: "26a7980765d0414dbc1fc1f88cdb7e6e",
  tags: ["tag1,tag2"],
  revision_number: 2,
  created_at: "2016-10-10T14:35:34Z",
  updated_at: "2016-10-10T14:35:34Z",
};

export const otherSubnetBody = {
  ...subnetBody,
  id: "54d6f61d-db07-451c-9ab3-b9609b6b6f0b",
  name: "my_subnet",
  network_id: "d32019d3-bc6e-4319-9c1d-6722fc136a22",
  cidr: "192.0.0.0/8",
  gateway_ip: "192.0.0.1",
  allocation_pools: [{ start: "192.0.0.2", end: "192.255.255.254" }],
  project_id: "4fd44f30292945e481c7b8a0c8908869",
  tenant_id: "4fd44f30292945e481c7b8a0c8908869",
  "router:external": true,
};

/** The reply to the reference's create request (`network_id`, `ip_version`, `cidr`). */
export const createdSubnetBody = {
  ...subnetBody,
  id: "3b80198d-4f7b-4f77-9ef5-774d54e17126",
  name: "",
  network_id: "d32019d3-bc6e-4319-9c1d-6722fc136a22",
  cidr: "192.168.199.0/24",
  gateway_ip: "192.168.199.1",
  allocation_pools: [{ start: "192.168.199.2", end: "192.168.199.254" }],
  revision_number: 1,
};

/** No segments, DNS or external-network extensions, no gateway: only the core fields and a few more. */
export const bareSubnetBody = {
  id: "6a1a3c2e-2f4b-4a7e-9f3e-0b8d3c5a9e11",
  name: "isolated",
  tenant_id: "6b427e93a79649719b6cd1412fc5e823",
  network_id: "56c71bf0-3474-47a3-98c5-a1a5285112dc",
  ip_version: 6,
  subnetpool_id: null,
  enable_dhcp: false,
  ipv6_ra_mode: "slaac",
  ipv6_address_mode: "slaac",
  gateway_ip: null,
  cidr: "fd00:77::/64",
  allocation_pools: [{ start: "fd00:77::1", end: "fd00:77::ffff:ffff:ffff:ffff" }],
  host_routes: [{ destination: "fd00:88::/64", nexthop: "fd00:77::5" }],
  dns_nameservers: ["fd00:77::53"],
};
