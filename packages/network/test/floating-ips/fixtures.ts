// Bodies from the Networking API reference (v2.0, "Floating IPs"), trimmed to what the tests read.

export const floatingIpBody = {
  floating_network_id: "376da547-b977-4cfe-9cba-275c80debf57",
  router_id: "d23abc8d-2991-4a55-ba98-2aaea84cc72f",
  fixed_ip_address: "10.0.0.3",
  floating_ip_address: "172.24.4.228",
  project_id: "4969c491a3c74ee4af974e6d800c62de",
  tenant_id: "4969c491a3c74ee4af974e6d800c62de",
  status: "ACTIVE",
  port_id: "ce705c24-c1ef-408a-bda3-7bbd946164ab",
  id: "2f245a7b-796b-4f26-9cf9-9e82d248fda7",
  description: "floating ip for testing",
  dns_domain: "my-domain.org.",
  dns_name: "myfip",
  created_at: "2016-12-21T01:36:04Z",
  updated_at: "2016-12-21T01:36:04Z",
  revision_number: 1,
  port_details: {
    status: "ACTIVE",
    name: "",
    admin_state_up: true,
    network_id: "02dd8479-ef26-4398-a102-d19d0a7b3a1f",
    device_owner: "compute:nova",
    mac_address: "fa:16:3e:b1:3b:30",
    device_id: "8e3941b4-a6e9-499f-a1ac-2a4662025cba",
  },
  tags: ["tag1,tag2"],
  port_forwardings: [],
  qos_network_policy_id: "174dd0c1-a4eb-49d4-a807-ae80246d82f4",
  qos_policy_id: "29d5e02e-d5ab-4929-bee4-4a9fc12e22ae",
};

/** The same address once disassociated ("floatingip-disassociate-response"). */
export const disassociatedBody = {
  ...floatingIpBody,
  port_id: null,
  fixed_ip_address: null,
  router_id: null,
  status: "DOWN",
  port_details: null,
};
