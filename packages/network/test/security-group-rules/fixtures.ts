// Bodies from the Networking API reference (v2.0, "Security group rules"), trimmed to what the tests read.

export const ruleRequest = {
  direction: "ingress",
  port_range_min: 80,
  ethertype: "IPv4",
  port_range_max: 80,
  protocol: "tcp",
  remote_group_id: "85cc3048-abc3-43cc-89b3-377341426ac5",
  remote_address_group_id: "a9baa1eb-0614-4d68-870e-fec6d8f8c221",
  security_group_id: "a7734e61-b545-452d-a3cd-0189cbd9747a",
} as const;

export const ruleBody = {
  ...ruleRequest,
  id: "2bc0accf-312e-429a-956e-e4407625eb62",
  remote_ip_prefix: null,
  project_id: "e4f50856753b4dc6afee5fa6b9b6c550",
  revision_number: 1,
  tenant_id: "e4f50856753b4dc6afee5fa6b9b6c550",
  created_at: "2018-03-19T19:16:56Z",
  updated_at: "2018-03-19T19:16:56Z",
  description: "",
  belongs_to_default_sg: false,
};

export const httpsRuleBody = {
  ...ruleBody,
  id: "3c0e45ff-adaf-4124-b083-bf390e5482ff",
  port_range_min: 443,
  port_range_max: 443,
};
