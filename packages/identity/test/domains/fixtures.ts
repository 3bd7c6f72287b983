// Bodies from the Identity v3 API reference ("Domains"), trimmed to what the tests read.

export const domainBody = {
  description: "Owns users and tenants (i.e. projects) available on Identity API v2.",
  enabled: true,
  id: "default",
  links: { self: "http://example.com/identity/v3/domains/default" },
  name: "Default",
  options: {},
};

export const otherDomainBody = {
  description: "Used for swift functional testing",
  enabled: true,
  id: "5a75994a383c449184053ff7270c4e91",
  links: { self: "http://example.com/identity/v3/domains/5a75994a383c449184053ff7270c4e91" },
  name: "swift_test",
};

export const createdDomainBody = {
  description: "Domain description",
  enabled: true,
  id: "161718",
  links: { self: "http://example.com/identity/v3/domains/161718" },
  name: "myDomain",
  options: {},
};
