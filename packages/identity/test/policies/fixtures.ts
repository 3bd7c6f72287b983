// Bodies from the Identity v3 API reference ("Policies"), trimmed to what the tests read.
// The reference prints some blobs decoded, as objects; Keystone only takes and returns
// strings (its schema says `"blob": {"type": "string"}`), so these keep the string form.

export const createPolicyRequest = { blob: "{'foobar_user': 'role:compute-user'}", type: "application/json" };

export const policyBody = {
  links: { self: "http://example.com/identity/v3/policies/88f5b83f8f8e41daba4c25eed1a7bbc6" },
  blob: "{'foobar_user': 'role:compute-user'}",
  type: "application/json",
  id: "88f5b83f8f8e41daba4c25eed1a7bbc6",
};

export const otherPolicyBody = {
  blob: '{"foobar_user": ["role:compute-user"]}',
  id: "717273",
  links: { self: "http://example.com/identity/v3/policies/717273" },
  type: "application/json",
};
