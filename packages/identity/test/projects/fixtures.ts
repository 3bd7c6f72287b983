// Bodies from the Identity v3 API reference ("Projects"), trimmed to what the tests read.

export const projectBody = {
  is_domain: false,
  description: null,
  domain_id: "default",
  enabled: true,
  id: "0c4e939acacf4376bdcd1129f1a054ad",
  links: { self: "http://example.com/identity/v3/projects/0c4e939acacf4376bdcd1129f1a054ad" },
  name: "admin",
  parent_id: "default",
  tags: [],
  options: {},
};

export const otherProjectBody = {
  ...projectBody,
  id: "0cbd49cbf76d405d9c86562e1d579bd3",
  links: { self: "http://example.com/identity/v3/projects/0cbd49cbf76d405d9c86562e1d579bd3" },
  name: "demo",
  parent_id: null,
};

export const createdProjectBody = {
  description: "My new project",
  domain_id: "default",
  enabled: true,
  id: "93ebbcc35335488b96ff9cd7d18cbb2e",
  is_domain: false,
  links: { self: "http://example.com/identity/v3/projects/93ebbcc35335488b96ff9cd7d18cbb2e" },
  name: "myNewProject",
  parent_id: "default",
  tags: [],
  options: {},
};

// A project acting as a domain: Keystone gives it no domain and no parent.
export const updatedProjectBody = {
  ...createdProjectBody,
  description: "My updated project",
  domain_id: null,
  is_domain: true,
  name: "myUpdatedProject",
  parent_id: null,
};

// keystone api-ref/source/v3/samples/admin/project-show-parents-response.json
// (openstack/keystone 30ef2ffa65a3486ef882f00538e20f2253c57d4c)
export const projectWithParentsBody = {
  project: {
    domain_id: "1789d1",
    enabled: true,
    id: "263fd9",
    links: {
      self: "http://example.com/identity/v3/projects/263fd9",
    },
    name: "Dev Group A",
    options: {},
    parent_id: "183ab2",
    parents: [
      {
        project: {
          domain_id: "1789d1",
          enabled: true,
          id: "183ab2",
          links: {
            self: "http://example.com/identity/v3/projects/183ab2",
          },
          name: "Dev Group A Parent",
          parent_id: null,
        },
      },
    ],
  },
};
