// Bodies from the Identity v3 API reference ("Roles"), trimmed to what the tests read.

export const roleBody = {
  domain_id: "d07792fd66ac4ed881723ab9f1c9925f",
  id: "1e443fa8cee3482a8a2b6954dd5c8f12",
  links: { self: "http://example.com/identity/v3/roles/1e443fa8cee3482a8a2b6954dd5c8f12" },
  description: "My new role",
  name: "Developer",
  options: {},
};

export const globalRoleBody = {
  id: "f127b97616f24d3ebceb7be840210adc",
  links: { self: "http://example.com/identity/v3/roles/f127b97616f24d3ebceb7be840210adc" },
  description: null,
  name: "service",
};

// Ids the grant samples use: a project, a domain, a user, a group and a role.
export const grantIds = {
  project: "456789",
  domain: "161718",
  user: "313233",
  group: "101112",
  role: "123456",
};
