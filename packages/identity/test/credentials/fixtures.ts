// Bodies from the Identity v3 API reference ("Credentials"), trimmed to what the tests read.

export const credentialBody = {
  user_id: "bb5476fd12884539b41d5a88f838d773",
  links: {
    self: "http://example.com/identity/v3/credentials/207e9b76935efc03804d3dd6ab52d22e9b22a0711e4ada4ff8b76165a07311d7",
  },
  blob: '{"access": "a42a27755ce6442596b049bd7dd8a563", "secret": "71faf1d40bb24c82b479b1c6fbbd9f0c", "trust_id": null}',
  project_id: "6e01855f345f4c59812999b5e459137d",
  type: "ec2",
  id: "207e9b76935efc03804d3dd6ab52d22e9b22a0711e4ada4ff8b76165a07311d7",
};

export const createCredentialRequest = {
  blob: '{"access":"181920","secret":"secretKey"}',
  project_id: "731fc6f265cd486d900f16e84c5cb594",
  type: "ec2",
  user_id: "bb5476fd12884539b41d5a88f838d773",
};

export const createdCredentialBody = {
  ...createCredentialRequest,
  id: "3d3367228f9c7665266604462ec60029bcd83ad89614021a80b2eb879c572510",
  links: {
    self: "http://example.com/identity/v3/credentials/3d3367228f9c7665266604462ec60029bcd83ad89614021a80b2eb879c572510",
  },
};
