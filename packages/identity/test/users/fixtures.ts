// Bodies from the Identity v3 API reference ("Users"), trimmed to what the tests read.

export const userBody = {
  default_project_id: "263fd9",
  domain_id: "1789d1",
  enabled: true,
  federated: [],
  id: "9fe1d3",
  links: { self: "https://example.com/identity/v3/users/9fe1d3" },
  name: "jsmith",
  password_expires_at: "2016-11-06T15:32:17.000000",
};

export const otherUserBody = {
  domain_id: "default",
  enabled: true,
  id: "2844b2a08be147a08ef58317d6471f1f",
  links: { self: "http://example.com/identity/v3/users/2844b2a08be147a08ef58317d6471f1f" },
  name: "glance",
  password_expires_at: null,
};

export const federated = [
  { idp_id: "efbab5a6acad4d108fec6c63d9609d83", protocols: [{ protocol_id: "mapped", unique_id: "test@example.com" }] },
];

export const createdUserBody = {
  default_project_id: "263fd9",
  description: "James Doe user",
  domain_id: "1789d1",
  email: "jdoe@example.com",
  enabled: true,
  federated,
  id: "ff4e51",
  links: { self: "https://example.com/identity/v3/users/ff4e51" },
  name: "James Doe",
  options: { ignore_password_expiry: true },
  password_expires_at: "2016-11-06T15:32:17.000000",
};
