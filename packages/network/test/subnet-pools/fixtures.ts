// Bodies from the Networking API reference (v2.0, "Subnet pools"), trimmed to what the tests
// read. Neutron answers the prefix lengths as strings, as the reference shows.

export const subnetPoolBody = {
  min_prefixlen: "64",
  address_scope_id: null,
  default_prefixlen: "64",
  id: "03f761e6-eee0-43fc-a921-8acf64c14988",
  max_prefixlen: "64",
  name: "my-subnet-pool",
  default_quota: null,
  is_default: false,
  project_id: "9fadcee8aa7c40cdb2114fff7d569c08",
  tenant_id: "9fadcee8aa7c40cdb2114fff7d569c08",
  created_at: "2016-03-08T20:19:41",
  prefixes: ["2001:db8:0:2::/64", "2001:db8::/63"],
  updated_at: "2016-03-08T20:19:41",
  ip_version: 6,
  shared: false,
  description: "",
  revision_number: 2,
  tags: ["tag1,tag2"],
};

export const ipv4PoolBody = {
  ...subnetPoolBody,
  min_prefixlen: "24",
  default_prefixlen: "25",
  id: "f49a1319-423a-4ee6-ba54-1d95a4f6cc68",
  max_prefixlen: "30",
  name: "my-subnet-pool-ipv4",
  prefixes: ["10.10.0.0/21", "192.168.0.0/16"],
  ip_version: 4,
};

export const addPrefixesRequest = { prefixes: ["192.168.0.0/24", "192.168.1.0/24", "172.16.0.0/21"] };
export const addPrefixesResponse = { prefixes: ["192.168.0.0/23", "172.16.0.0/21"] };
