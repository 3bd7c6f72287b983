// Bodies from the Networking API reference (v2.0, "Security groups"), trimmed to what the tests read.

const project = "e4f50856753b4dc6afee5fa6b9b6c550";
export const groupId = "2076db17-a522-4506-91de-c6dd8e837028";

const egress = (id: string, ethertype: "IPv4" | "IPv6") => ({
  direction: "egress",
  ethertype,
  id,
  port_range_max: null,
  port_range_min: null,
  protocol: null,
  remote_group_id: null,
  remote_ip_prefix: null,
  security_group_id: groupId,
  project_id: project,
  tenant_id: project,
  created_at: "2018-03-19T19:16:56Z",
  updated_at: "2018-03-19T19:16:56Z",
  revision_number: 1,
  tags: ["tag1,tag2"],
  description: "",
  belongs_to_default_sg: false,
});

export const securityGroupBody = {
  description: "security group for webservers",
  id: groupId,
  name: "new-webservers",
  security_group_rules: [
    egress("38ce2d8e-e8f1-48bd-83c2-d33cb9f50c3d", "IPv4"),
    egress("565b9502-12de-4ffd-91e9-68885cff6ae1", "IPv6"),
  ],
  project_id: project,
  tenant_id: project,
  created_at: "2018-03-19T19:16:56Z",
  updated_at: "2018-03-19T19:16:56Z",
  revision_number: 1,
  tags: ["tag1,tag2"],
  stateful: true,
  shared: false,
};
