// Bodies from the Identity v3 API reference ("OS-TRUST"), trimmed to what the tests read.

export const createTrustRequest = {
  expires_at: "2013-02-27T18:30:59.999999Z",
  impersonation: true,
  allow_redelegation: true,
  project_id: "ddef321",
  roles: [{ name: "member" }],
  trustee_user_id: "86c0d5",
  trustor_user_id: "a0fdfd",
};

export const createdTrustBody = {
  expires_at: "2013-02-27T18:30:59.999999Z",
  id: "1ff900",
  impersonation: true,
  redelegation_count: 10,
  links: { self: "http://example.com/identity/v3/OS-TRUST/trusts/1ff900" },
  project_id: "ddef321",
  remaining_uses: null,
  roles: [{ id: "ed7b78", links: { self: "http://example.com/identity/v3/roles/ed7b78" }, name: "member" }],
  roles_links: { next: null, previous: null, self: "http://example.com/identity/v3/OS-TRUST/trusts/1ff900/roles" },
  trustee_user_id: "86c0d5",
  trustor_user_id: "a0fdfd",
};

export const trustBody = {
  id: "987fe8",
  expires_at: "2013-02-27T18:30:59.999999Z",
  impersonation: true,
  links: { self: "http://example.com/identity/v3/OS-TRUST/trusts/987fe8" },
  roles: [{ id: "ed7b78", links: { self: "http://example.com/identity/v3/roles/ed7b78" }, name: "member" }],
  roles_links: { next: null, previous: null, self: "http://example.com/identity/v3/OS-TRUST/trusts/1ff900/roles" },
  project_id: "0f1233",
  trustee_user_id: "be34d1",
  trustor_user_id: "56ae32",
};

// A list leaves the roles out.
export const trustListBody = [
  {
    id: "1ff900",
    expires_at: "2013-02-27T18:30:59.999999Z",
    impersonation: true,
    links: { self: "http://example.com/identity/v3/OS-TRUST/trusts/1ff900" },
    project_id: "0f1233",
    trustee_user_id: "86c0d5",
    trustor_user_id: "a0fdfd",
  },
  {
    id: "f4513a",
    impersonation: false,
    links: { self: "http://example.com/identity/v3/OS-TRUST/trusts/f45513a" },
    project_id: "0f1233",
    trustee_user_id: "86c0d5",
    trustor_user_id: "3cd2ce",
  },
];

export const trustRolesBody = [
  { id: "c1648e", links: { self: "http://example.com/identity/v3/roles/c1648e" }, name: "manager" },
  { id: "ed7b78", links: { self: "http://example.com/identity/v3/roles/ed7b78" }, name: "member" },
];
