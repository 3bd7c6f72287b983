// Bodies from the Identity v3 API reference ("Application Credentials: access rules"), trimmed to what the tests read.

export const userId = "3e0716aefcad4b129a0f19f95ec9489e";

export const accessRuleBody = {
  path: "/v2.0/metrics",
  links: { self: "https://example.com/identity/v3/access_rules/07d719df00f349ef8de77d542edf010c" },
  id: "07d719df00f349ef8de77d542edf010c",
  service: "monitoring",
  method: "GET",
};
