// Bodies from the Identity v3 API reference ("OS-FEDERATION: identity providers"), trimmed to what the tests read.

export const registerRequest = {
  domain_id: "1789d1",
  description: "Stores ACME identities.",
  remote_ids: ["acme_id_1", "acme_id_2"],
  enabled: true,
};

export const acmeBody = {
  domain_id: "1789d1",
  description: "Stores ACME identities",
  remote_ids: ["acme_id_1", "acme_id_2"],
  enabled: true,
  id: "ACME",
  links: {
    protocols: "http://example.com/identity/v3/OS-FEDERATION/identity_providers/ACME/protocols",
    self: "http://example.com/identity/v3/OS-FEDERATION/identity_providers/ACME",
  },
};

export const contractorsBody = {
  domain_id: "2890e2",
  description: "Stores contractor identities",
  remote_ids: ["sore_id_1", "store_id_2"],
  enabled: false,
  id: "ACME-contractors",
  links: {
    protocols: "http://example.com/identity/v3/OS-FEDERATION/identity_providers/ACME-contractors/protocols",
    self: "http://example.com/identity/v3/OS-FEDERATION/identity_providers/ACME-contractors",
  },
};

export const updateRequest = { remote_ids: ["beta_id_1", "beta_id_2"], enabled: true };

export const updatedBody = {
  ...acmeBody,
  authorization_ttl: null,
  description: "Beta dev idp",
  remote_ids: ["beta_id_1", "beta_id_2"],
};
