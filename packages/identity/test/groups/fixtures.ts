// Bodies from the Identity v3 API reference ("Groups"), trimmed to what the tests read.

export const groupBody = {
  description: "Contract developers",
  domain_id: "default",
  id: "c0d675eac29945ad9dfd08aa1bb75751",
  links: { self: "http://example.com/identity/v3/groups/c0d675eac29945ad9dfd08aa1bb75751" },
  name: "Contract developers",
};

export const otherGroupBody = {
  description: "openstack admin group",
  domain_id: "default",
  id: "9ce0ad4e58a84d7a97b92f7955d10c92",
  links: { self: "http://example.com/identity/v3/groups/9ce0ad4e58a84d7a97b92f7955d10c92" },
  name: "admins",
};
