import { mockCloud } from "@openstack-ts/mock";

const cloud = mockCloud({
  projects: [{ name: "research" }],
  users: [{ name: "ada", password: "lovelace", default_project_id: "research" }],
  roleAssignments: [{ role_id: "member", user_id: "ada", project_id: "research" }],
  networks: [{ name: "lab", project_id: "research", shared: true }],
});
cloud.authUrl; // "http://openstack.test/v3"
cloud.state.networks; // [{ name: "public", … }, { name: "lab", status: "ACTIVE", … }]
