// Every JSON response sample of Keystone's API reference for a resource or action this
// package declares, and the call that reads it. Where the files come from: SOURCE.md.
import { get, list, type ResponseCase, whole } from "./sample-cases.js";

const A = "v3/samples/admin/";
const AUTH = "v3/samples/auth/responses/";
const TRUST = "v3-ext/samples/OS-TRUST/";
const IDP = "v3-ext/federation/identity-provider/samples/";
const MAPPING = "v3-ext/federation/mapping/samples/";
const FEDERATED = "v3-ext/federation/auth/samples/";

/** A token body, as `getToken` (GET /v3/auth/tokens) answers it: the same shape as a POST's. */
const token = (file: string) => get(file, "token", (f) => f.getToken("subject-token"));

export const responseCases: ResponseCase[] = [
  get(`${A}access-rule-get-response.json`, "access_rule", (f) => f.getAccessRule("07d719", { user_id: "u" })),
  list(`${A}access-rules-list-response.json`, "access_rules", (f) => f.listAccessRules({ user_id: "u" })),
  get(`${A}application-credential-get-response.json`, "application_credential", (f) =>
    f.getApplicationCredential("58d61f", { user_id: "u" }),
  ),
  list(`${A}application-credential-list-response.json`, "application_credentials", (f) =>
    f.listApplicationCredentials({ user_id: "u" }),
  ),
  get(`${A}credential-show-response.json`, "credential", (f) => f.getCredential("207e9b")),
  list(`${A}credentials-list-response.json`, "credentials", (f) => f.listCredentials()),
  whole(`${A}domain-config-show-response.json`, (f) => f.getDomainConfig({ domain: "d" })),
  // The reference prints the next three without the `{"config": …}` envelope Keystone
  // answers with; the calls return the body as it comes, so either form passes.
  whole(`${A}domain-config-group-show-response.json`, (f) => f.getDomainConfigGroup({ domain: "d", group: "ldap" })),
  whole(`${A}domain-config-group-option-show-response.json`, (f) =>
    f.getDomainConfigOption({ domain: "d", group: "ldap", option: "url" }),
  ),
  whole(`${A}domain-config-group-option-default-response.json`, (f) =>
    f.getDefaultDomainConfigOption({ group: "identity", option: "driver" }),
  ),
  get(`${A}domain-show-response.json`, "domain", (f) => f.getDomain("1789d1")),
  list(`${A}domains-list-response.json`, "domains", (f) => f.listDomains()),
  get(`${A}endpoint-show-response.json`, "endpoint", (f) => f.getEndpoint("01c3d5")),
  list(`${A}endpoints-list-response.json`, "endpoints", (f) => f.listEndpoints()),
  get(`${A}group-show-response.json`, "group", (f) => f.getGroup("c0d675")),
  list(`${A}groups-list-response.json`, "groups", (f) => f.listGroups()),
  whole(`${A}limit-flat-model-response.json`, (f) => f.getLimitModel()),
  get(`${A}limit-show-response.json`, "limit", (f) => f.getLimit("25a04c")),
  list(`${A}limits-list-response.json`, "limits", (f) => f.listLimits()),
  list(`${A}policies-list-response.json`, "policies", (f) => f.listPolicies()),
  get(`${A}policy-show-response.json`, "policy", (f) => f.getPolicy("717273")),
  get(`${A}project-show-response.json`, "project", (f) => f.getProject("0c4e93")),
  // Asked with `parents_as_list` / `subtree_as_list`: the same project with its relatives beside it.
  get(`${A}project-show-parents-response.json`, "project", (f) => f.getProject("263fd9")),
  get(`${A}project-show-subtree-response.json`, "project", (f) => f.getProject("263fd9")),
  list(`${A}projects-list-response.json`, "projects", (f) => f.listProjects()),
  get(`${A}project-tags-list-response.json`, "tags", (f) => f.getProjectTags({ project: "p" })),
  list(`${A}get-available-project-scopes-response.json`, "projects", (f) => f.listAuthProjects()),
  list(`${A}user-projects-list-response.json`, "projects", (f) => f.listUserProjects({ user: "u" })),
  get(`${A}region-show-response.json`, "region", (f) => f.getRegion("RegionOne")),
  list(`${A}regions-list-response.json`, "regions", (f) => f.listRegions()),
  get(`${A}registered-limit-show-response.json`, "registered_limit", (f) => f.getRegisteredLimit("773147")),
  list(`${A}registered-limits-list-response.json`, "registered_limits", (f) => f.listRegisteredLimits()),
  list(`${A}role-assignments-list-response.json`, "role_assignments", (f) => f.listRoleAssignments()),
  list(`${A}role-assignments-effective-list-response.json`, "role_assignments", (f) =>
    f.listRoleAssignments({ effective: true }),
  ),
  list(`${A}role-assignments-list-include-subtree-response.json`, "role_assignments", (f) =>
    f.listRoleAssignments({ "scope.project.id": "456789", include_subtree: true }),
  ),
  get(`${A}role-show-response.json`, "role", (f) => f.getRole("1e443f")),
  list(`${A}roles-list-response.json`, "roles", (f) => f.listRoles()),
  get(`${A}service-show-response.json`, "service", (f) => f.getService("686766")),
  list(`${A}services-list-response.json`, "services", (f) => f.listServices()),
  get(`${A}user-show-response.json`, "user", (f) => f.getUser("9fe1d3")),
  list(`${A}users-list-response.json`, "users", (f) => f.listUsers()),
  token(`${A}auth-application-credential-response.json`),
  token(`${A}auth-password-explicit-unscoped-response.json`),
  token(`${A}auth-password-project-scoped-response.json`),
  token(`${A}auth-password-unscoped-response.json`),
  token(`${A}auth-token-scoped-response.json`),
  token(`${A}auth-token-unscoped-response.json`),
  token(`${AUTH}domain-scoped-password.json`),
  token(`${AUTH}domain-scoped-token.json`),
  token(`${AUTH}project-scoped-password-totp.json`),
  token(`${AUTH}project-scoped-password.json`),
  token(`${AUTH}project-scoped-token.json`),
  token(`${AUTH}system-scoped-password.json`),
  token(`${AUTH}system-scoped-token.json`),
  token(`${AUTH}unscoped-password.json`),
  token(`${TRUST}trust-auth-trust-response.json`),
  token(`${TRUST}trust-auth-redelegated-response.json`),
  token(`${FEDERATED}scoped-token-response.json`),
  token(`${FEDERATED}unscoped-token-response.json`),
  get(`${TRUST}trust-get-response.json`, "trust", (f) => f.getTrust("987fe8")),
  list(`${TRUST}trust-list-response.json`, "trusts", (f) => f.listTrusts()),
  get(`${TRUST}trust-get-role-delegated-response.json`, "role", (f) => f.getTrustRole("c1648e", { trust_id: "t" })),
  list(`${TRUST}trust-list-roles-delegated-response.json`, "roles", (f) => f.listTrustRoles({ trust_id: "t" })),
  get(`${IDP}get-response.json`, "identity_provider", (f) => f.getIdentityProvider("ACME")),
  list(`${IDP}list-response.json`, "identity_providers", (f) => f.listIdentityProviders()),
  get(`${IDP}get-protocol-response.json`, "protocol", (f) => f.getFederationProtocol("saml2", { idp_id: "ACME" })),
  list(`${IDP}list-protocol-response.json`, "protocols", (f) => f.listFederationProtocols({ idp_id: "ACME" })),
  get(`${MAPPING}get-response.json`, "mapping", (f) => f.getMapping("ACME")),
  list(`${MAPPING}list-response.json`, "mappings", (f) => f.listMappings()),
];
