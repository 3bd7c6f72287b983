// Bodies from the Networking API reference (v2.0, "Routers"), trimmed to what the tests read.

export const routerBody = {
  admin_state_up: true,
  availability_zone_hints: [],
  availability_zones: ["nova"],
  created_at: "2018-03-19T19:17:04Z",
  description: "",
  distributed: false,
  external_gateway_info: {
    enable_snat: true,
    external_fixed_ips: [
      { ip_address: "172.24.4.6", subnet_id: "b930d7f6-ceb7-40a0-8b81-a425dd994ccf" },
      { ip_address: "2001:db8::9", subnet_id: "0c56df5d-ace5-46c8-8f4c-45fa4e334d18" },
    ],
    network_id: "ae34051f-aa6c-4c75-abf5-50dc9ac99ef3",
  },
  flavor_id: "f7b14d9a-b0dc-4fbe-bb14-a0f4970a69e0",
  ha: false,
  id: "f8a44de0-fc8e-45df-93c7-f79bf3b01c95",
  name: "router1",
  revision_number: 1,
  routes: [{ destination: "179.24.1.0/24", nexthop: "172.24.3.99" }],
  status: "ACTIVE",
  updated_at: "2018-03-19T19:17:22Z",
  project_id: "0bd18306d801447bb457a46252d82d13",
  tenant_id: "0bd18306d801447bb457a46252d82d13",
  service_type_id: null,
  tags: ["tag1,tag2"],
  conntrack_helpers: [],
};

/** A router as a Neutron without the DVR, HA, flavor and AZ extensions returns it, and without a gateway. */
export const bareRouterBody = {
  id: "915a14a6-867b-4af7-83d1-70efceb146f9",
  name: "router2",
  status: "ACTIVE",
  admin_state_up: true,
  external_gateway_info: null,
  tenant_id: "0bd18306d801447bb457a46252d82d13",
};

export const routerInterfaceBody = {
  id: "915a14a6-867b-4af7-83d1-70efceb146f9",
  network_id: "91c013e2-d65a-474e-9177-c3e1799ca726",
  port_id: "2dc46bcc-d1f2-4077-b99e-91ee28afaff0",
  subnet_id: "a2f1f29d-571b-4533-907f-5803ab96ead1",
  subnet_ids: ["a2f1f29d-571b-4533-907f-5803ab96ead1"],
  project_id: "0bd18306d801447bb457a46252d82d13",
  tenant_id: "0bd18306d801447bb457a46252d82d13",
  tags: ["tag1,tag2"],
};

export const addedRoutes = [
  { destination: "10.0.3.0/24", nexthop: "10.0.0.13" },
  { destination: "10.0.4.0/24", nexthop: "10.0.0.14" },
];

export const routesAfterAdd = {
  router: {
    id: "64e339bb-1a6c-47bd-9ee7-a0cf81a35172",
    name: "router1",
    routes: [
      { destination: "10.0.1.0/24", nexthop: "10.0.0.11" },
      { destination: "10.0.2.0/24", nexthop: "10.0.0.12" },
      ...addedRoutes,
    ],
  },
};
