// Bodies from the Identity v3 API reference ("Application Credentials"), trimmed to what the tests read.

export const userId = "fd786d56402c4d1691372e7dee0d00b5";

export const createApplicationCredentialRequest = {
  name: "monitoring",
  secret: "rEaqvJka48mpv",
  description: "Application credential for monitoring.",
  expires_at: "2018-02-27T18:30:59Z",
  roles: [{ name: "Reader" }],
  access_rules: [{ path: "/v2.0/metrics", method: "GET", service: "monitoring" }],
  unrestricted: false,
};

export const applicationCredentialBody = {
  description: "Application credential for monitoring.",
  roles: [{ id: "6aff702516544aeca22817fd3bc39683", domain_id: null, name: "Reader" }],
  access_rules: [
    { path: "/v2.0/metrics", id: "07d719df00f349ef8de77d542edf010c", service: "monitoring", method: "GET" },
  ],
  links: {
    self: `http://example.com/identity/v3/users/${userId}/application_credentials/58d61ff8e6e34accb35874016d1dba8b`,
  },
  expires_at: "2018-02-27T18:30:59.000000",
  unrestricted: false,
  project_id: "231c62fb0fbd485b995e8b060c3f0d98",
  id: "58d61ff8e6e34accb35874016d1dba8b",
  name: "monitoring",
};

// Only the create response shows the secret.
export const createdApplicationCredentialBody = { ...applicationCredentialBody, secret: "rEaqvJka48mpv" };

export const backupsCredentialBody = {
  description: "Application credential for backups.",
  roles: [{ domain_id: null, name: "Writer", id: "6aff702516544aeca22817fd3bc39683" }],
  access_rules: [],
  links: {
    self: `http://example.com/identity/v3/users/${userId}/application_credentials/308a7e905eee4071aac5971744c061f6`,
  },
  expires_at: "2018-02-27T18:30:59.000000",
  unrestricted: false,
  project_id: "231c62fb0fbd485b995e8b060c3f0d98",
  id: "308a7e905eee4071aac5971744c061f6",
  name: "backups",
};
