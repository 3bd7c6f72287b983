// Bodies from the Identity v3 API reference ("Roles": list role assignments), trimmed to what the tests read.

export const userOnDomain = {
  links: { assignment: "http://example.com/identity/v3/domains/161718/users/313233/roles/123456" },
  role: { id: "123456" },
  scope: { domain: { id: "161718" } },
  user: { id: "313233" },
};

export const groupOnProject = {
  group: { id: "101112" },
  links: { assignment: "http://example.com/identity/v3/projects/456789/groups/101112/roles/123456" },
  role: { id: "123456" },
  scope: { project: { id: "456789" } },
};

// The effective list with include_names: the group grant reached the user through membership.
export const effectiveWithNames = {
  links: {
    assignment: "http://example.com/identity/v3/projects/456789/groups/101112/roles/123456",
    membership: "http://example.com/identity/v3/groups/101112/users/313233",
  },
  role: { domain: { id: "161718", name: "Default" }, id: "123456", name: "admin" },
  scope: { project: { domain: { id: "161718", name: "Default" }, id: "456789", name: "admin" } },
  user: { domain: { id: "161718", name: "Default" }, id: "313233", name: "admin" },
};

// A grant on the system: the API reference has no sample, so this follows Keystone's response
// schema for role assignments (`scope.system.all`).
export const userOnSystem = {
  links: { assignment: "http://example.com/identity/v3/system/users/313233/roles/123456" },
  role: { id: "123456" },
  scope: { system: { all: true } },
  user: { id: "313233" },
};
