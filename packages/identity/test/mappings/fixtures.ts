// Bodies from the Identity v3 API reference ("OS-FEDERATION: mappings"), trimmed to what the tests read.

const local = [{ user: { name: "{0}" } }, { group: { id: "0cd5e9" } }];

export const createRules = [
  { local, remote: [{ type: "UserName" }, { type: "orgPersonType", not_any_of: ["Contractor", "Guest"] }] },
];

export const updateRules = [
  { local, remote: [{ type: "UserName" }, { type: "orgPersonType", any_one_of: ["Contractor", "SubContractor"] }] },
];

export const mappingBody = {
  id: "ACME",
  links: { self: "http://example.com/identity/v3/OS-FEDERATION/mappings/ACME" },
  rules: createRules,
};

export const updatedMappingBody = { ...mappingBody, rules: updateRules };
