// Bodies from the Identity v3 API reference ("Service catalog and endpoints"), trimmed to what the tests read.

export const serviceBody = {
  description: "Keystone Identity Service",
  enabled: true,
  id: "686766",
  links: { self: "http://example.com/identity/v3/services/686766" },
  name: "keystone",
  type: "identity",
};

export const computeServiceBody = {
  description: "Nova Compute Service",
  enabled: true,
  id: "1999c3a858c7408fb586817620695098",
  links: { self: "http://example.com/identity/v3/services/1999c3a858c7408fb586817620695098" },
  name: "nova",
  type: "compute",
};
