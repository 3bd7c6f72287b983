// Every JSON request sample of Keystone's API reference for a call this package declares:
// the call made with the sample's fields, and the response sample it is answered with.
import type { RequestCase } from "./sample-cases.js";

const A = "v3/samples/admin/";
const TRUST = "v3-ext/samples/OS-TRUST/";
const IDP = "v3-ext/federation/identity-provider/samples/";
const MAPPING = "v3-ext/federation/mapping/samples/";

/** A create or update whose body is `{key: fields}` and whose answer is `{key: item}`. */
const enveloped = (
  file: string,
  response: string,
  key: string,
  call: (facade: Parameters<RequestCase["call"]>[0], fields: never) => PromiseLike<unknown>,
): RequestCase => ({ file, response, call: (f, body) => call(f, body[key] as never), expected: (r) => r[key] });

export const requestCases: RequestCase[] = [
  enveloped(
    `${A}application-credential-create-request.json`,
    `${A}application-credential-create-response.json`,
    "application_credential",
    (f, fields: object) => f.createApplicationCredential({ user_id: "fd786d", ...(fields as { name: string }) }),
  ),
  enveloped(`${A}credential-create-request.json`, `${A}credential-create-response.json`, "credential", (f, fields) =>
    f.createCredential(fields),
  ),
  enveloped(`${A}credential-update-request.json`, `${A}credential-update-response.json`, "credential", (f, fields) =>
    f.updateCredential("207e9b", fields),
  ),
  {
    file: `${A}domain-config-create-request.json`,
    response: `${A}domain-config-create-response.json`,
    call: (f, body) => f.createDomainConfig({ domain: "d", config: body.config }),
  },
  {
    file: `${A}domain-config-update-request.json`,
    response: `${A}domain-config-update-response.json`,
    call: (f, body) => f.updateDomainConfig({ domain: "d", config: body.config }),
  },
  {
    file: `${A}domain-config-group-update-request.json`,
    response: `${A}domain-config-group-update-response.json`,
    call: (f, body) => f.updateDomainConfigGroup({ domain: "d", group: "ldap", options: body.config.ldap }),
  },
  {
    file: `${A}domain-config-group-option-update-request.json`,
    response: `${A}domain-config-group-option-update-response.json`,
    call: (f, body) => f.updateDomainConfigOption({ domain: "d", group: "ldap", option: "url", value: body.url }),
    sent: (body) => ({ config: body }),
    differs:
      "the reference prints the option without the `config` envelope; Keystone reads `config` from the body " +
      "(keystone/api/domains.py, DomainConfigResource.patch), so the SDK sends it",
  },
  enveloped(`${A}domain-create-request.json`, `${A}domain-create-response.json`, "domain", (f, fields) =>
    f.createDomain(fields),
  ),
  enveloped(`${A}domain-update-request.json`, `${A}domain-update-response.json`, "domain", (f, fields) =>
    f.updateDomain("1789d1", fields),
  ),
  enveloped(`${A}endpoint-create-request.json`, `${A}endpoint-create-response.json`, "endpoint", (f, fields) =>
    f.createEndpoint(fields),
  ),
  enveloped(`${A}endpoint-update-request.json`, `${A}endpoint-update-response.json`, "endpoint", (f, fields) =>
    f.updateEndpoint("828384", fields),
  ),
  enveloped(`${A}group-create-request.json`, `${A}group-create-response.json`, "group", (f, fields) =>
    f.createGroup(fields),
  ),
  enveloped(`${A}group-update-request.json`, `${A}group-update-response.json`, "group", (f, fields) =>
    f.updateGroup("c0d675", fields),
  ),
  {
    file: `${A}limits-create-request.json`,
    response: `${A}limits-create-response.json`,
    call: (f, body) => f.createLimits({ limits: body.limits }),
  },
  enveloped(`${A}limits-update-request.json`, `${A}limits-update-response.json`, "limit", (f, fields) =>
    f.updateLimit("25a04c", fields),
  ),
  enveloped(`${A}policy-create-request.json`, `${A}policy-create-response.json`, "policy", (f, fields) =>
    f.createPolicy(fields),
  ),
  enveloped(`${A}policy-update-request.json`, `${A}policy-update-response.json`, "policy", (f, fields) =>
    f.updatePolicy("13c92821e4c4476a878d3aae7444f52f", fields),
  ),
  enveloped(`${A}project-create-request.json`, `${A}project-create-response.json`, "project", (f, fields) =>
    f.createProject(fields),
  ),
  // The reference has no response of its own for these two: the project answer is shared.
  enveloped(`${A}project-create-domain-request.json`, `${A}project-create-response.json`, "project", (f, fields) =>
    f.createProject(fields),
  ),
  enveloped(`${A}project-enable-request.json`, `${A}project-update-response.json`, "project", (f, fields) =>
    f.updateProject("0c4e93", fields),
  ),
  enveloped(`${A}project-update-request.json`, `${A}project-update-response.json`, "project", (f, fields) =>
    f.updateProject("0c4e93", fields),
  ),
  {
    file: `${A}project-tags-update-request.json`,
    response: `${A}project-tags-update-response.json`,
    call: (f, body) => f.setProjectTags({ project: "0c4e93", tags: body.tags }),
  },
  enveloped(`${A}region-create-request.json`, `${A}region-create-response.json`, "region", (f, fields) =>
    f.createRegion(fields),
  ),
  enveloped(`${A}region-update-request.json`, `${A}region-update-response.json`, "region", (f, fields) =>
    f.updateRegion("RegionOneSubRegion", fields),
  ),
  {
    file: `${A}registered-limits-create-request.json`,
    response: `${A}registered-limits-create-response.json`,
    call: (f, body) => f.createRegisteredLimits({ registered_limits: body.registered_limits }),
  },
  enveloped(
    `${A}registered-limits-update-request.json`,
    `${A}registered-limits-update-response.json`,
    "registered_limit",
    (f, fields) => f.updateRegisteredLimit("773147", fields),
  ),
  enveloped(`${A}role-create-request.json`, `${A}role-create-response.json`, "role", (f, fields) =>
    f.createRole(fields),
  ),
  enveloped(`${A}role-update-request.json`, `${A}role-update-response.json`, "role", (f, fields) =>
    f.updateRole("1e443f", fields),
  ),
  enveloped(`${A}service-create-request.json`, `${A}service-create-response.json`, "service", (f, fields) =>
    f.createService(fields),
  ),
  enveloped(`${A}service-update-request.json`, `${A}service-update-response.json`, "service", (f, fields) =>
    f.updateService("686766", fields),
  ),
  enveloped(`${A}user-create-request.json`, `${A}user-create-response.json`, "user", (f, fields) =>
    f.createUser(fields),
  ),
  enveloped(`${A}user-update-request.json`, `${A}user-update-response.json`, "user", (f, fields) =>
    f.updateUser("ff4e51", fields),
  ),
  {
    file: `${A}user-password-update-request.json`,
    call: (f, body) => f.changeUserPassword({ user: "ff4e51", ...body.user }),
  },
  enveloped(`${TRUST}trust-create-request.json`, `${TRUST}trust-create-response.json`, "trust", (f, fields) =>
    f.createTrust(fields),
  ),
  enveloped(`${IDP}register-request.json`, `${IDP}register-response.json`, "identity_provider", (f, fields: object) =>
    f.createIdentityProvider({ id: "ACME", ...fields }),
  ),
  enveloped(`${IDP}update-request.json`, `${IDP}update-response.json`, "identity_provider", (f, fields) =>
    f.updateIdentityProvider("ACME", fields),
  ),
  enveloped(`${IDP}add-protocol-request.json`, `${IDP}add-protocol-response.json`, "protocol", (f, fields: object) =>
    f.createFederationProtocol({ idp_id: "ACME", id: "saml2", ...(fields as { mapping_id: string }) }),
  ),
  enveloped(`${IDP}update-protocol-request.json`, `${IDP}update-protocol-response.json`, "protocol", (f, fields) =>
    f.updateFederationProtocol("saml2", fields, { idp_id: "ACME" }),
  ),
  enveloped(`${MAPPING}create-request.json`, `${MAPPING}create-response.json`, "mapping", (f, fields: object) =>
    f.createMapping({ id: "ACME", ...(fields as { rules: [] }) }),
  ),
  enveloped(`${MAPPING}update-request.json`, `${MAPPING}update-response.json`, "mapping", (f, fields) =>
    f.updateMapping("ACME", fields),
  ),
];
