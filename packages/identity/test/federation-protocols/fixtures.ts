// Bodies from the Identity v3 API reference ("OS-FEDERATION: identity providers"), trimmed to what the tests read.

export const idpId = "ACME";

export const protocolBody = {
  id: "saml2",
  links: {
    identity_provider: "http://example.com/identity/v3/OS-FEDERATION/identity_providers/ACME",
    self: "http://example.com/identity/v3/OS-FEDERATION/identity_providers/ACME/protocols/saml2",
  },
  mapping_id: "xyz234",
};
