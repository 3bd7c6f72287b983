// Bodies from the Networking API reference (v2.0, "Floating IPs port forwarding"), trimmed to what the tests read.

export const floatingIpId = "2f95fd2b-9f6a-4e8e-9e9a-2cbe286cbf9e";

export const portForwardingBody = {
  protocol: "tcp",
  internal_ip_address: "10.0.0.11",
  internal_port: 25,
  internal_port_id: "1238be08-a2a8-4b8d-addf-fb5e2250e480",
  external_port: 2230,
  description: "Some description",
  id: "725ade3c-9760-4880-8080-8fc2dbab9acc",
};

/** One that forwards a range of ports (fip-pf-port-range): Neutron leaves the single ports out. */
export const rangeForwardingBody = {
  protocol: "tcp",
  internal_ip_address: "10.0.0.12",
  internal_port_range: "80:90",
  internal_port_id: "2057ec54-8be2-11eb-8dcd-0242ac130003",
  external_port_range: "8080:8090",
  description: "using port ranges",
  id: "0f23a90a-8be2-11eb-8dcd-0242ac130003",
};
