import { yaml, type ParityCase } from "./case.js";

const url = "http://127.0.0.1:5000/v3";

/** One cloud named `c`, written as YAML. */
const cloud = (body: string): Record<string, string> => ({
  "clouds.yaml": `clouds:\n  c:\n${body
    .replace(/^\n/, "")
    .split("\n")
    .map((line) => (line ? `    ${line}` : line))
    .join("\n")}`,
});

/** Each auth type, and the legacy spellings openstacksdk still reads. */
export const authCases: ParityCase[] = [
  {
    name: "v3password with ids",
    files: cloud(yaml`
      auth_type: v3password
      auth: {auth_url: "${url}", user_id: uid, password: p, project_id: pid}
    `),
  },
  {
    name: "v3password refuses a user name without a domain",
    files: cloud(yaml`
      auth_type: v3password
      auth: {auth_url: "${url}", username: u, password: p, project_id: pid}
    `),
  },
  {
    name: "v3password refuses a project name without a domain",
    files: cloud(yaml`
      auth_type: v3password
      auth: {auth_url: "${url}", user_id: uid, password: p, project_name: demo}
    `),
  },
  {
    name: "password without auth_url is refused",
    files: cloud(yaml`
      auth: {username: u, password: p, project_name: demo}
    `),
  },
  {
    name: "token auth with a project scope",
    files: cloud(yaml`
      auth_type: v3token
      auth: {auth_url: "${url}", token: gAAAAABtoken, project_name: demo, project_domain_id: default}
    `),
  },
  {
    name: "application credential by id",
    files: cloud(yaml`
      auth_type: v3applicationcredential
      auth: {auth_url: "${url}", application_credential_id: acid, application_credential_secret: acsecret}
    `),
  },
  {
    name: "application credential by name and user",
    files: cloud(yaml`
      auth_type: v3applicationcredential
      auth: {auth_url: "${url}", application_credential_name: ci, application_credential_secret: s, username: bot, user_domain_name: Default}
    `),
  },
  {
    name: "v3totp with a user id and a quoted passcode",
    files: cloud(yaml`
      auth_type: v3totp
      auth: {auth_url: "${url}", user_id: uid, passcode: "012345", project_id: pid}
    `),
  },
  {
    name: "v3totp by user name and domain, passcode at the cloud's top level",
    files: cloud(yaml`
      auth_type: v3totp
      passcode: "654321"
      auth: {auth_url: "${url}", username: u, user_domain_name: Default, project_name: demo, project_domain_name: Default}
    `),
  },
  {
    name: "v3totp refuses a user name without a domain",
    files: cloud(yaml`
      auth_type: v3totp
      auth: {auth_url: "${url}", username: u, passcode: "012345", project_id: pid}
    `),
  },
  {
    name: "v3multifactor with password and totp, each method's arguments in auth",
    files: cloud(yaml`
      auth_type: v3multifactor
      auth:
        auth_url: "${url}"
        auth_methods: [v3password, v3totp]
        username: u
        user_domain_name: Default
        password: p
        passcode: "012345"
        project_name: demo
        project_domain_name: Default
    `),
  },
  {
    name: "v3multifactor refuses a user name without a domain",
    files: cloud(yaml`
      auth_type: v3multifactor
      auth: {auth_url: "${url}", auth_methods: [v3password, v3totp], username: u, password: p, project_id: pid}
    `),
  },
  {
    name: "v3multifactor needs auth_methods",
    files: cloud(yaml`
      auth_type: v3multifactor
      auth: {auth_url: "${url}", user_id: uid, password: p, passcode: "012345"}
    `),
  },
  {
    name: "an application credential needs its secret",
    files: cloud(yaml`
      auth_type: v3applicationcredential
      auth: {auth_url: "${url}", application_credential_id: acid}
    `),
  },
  {
    name: "token_endpoint is admin_token with one endpoint for every service",
    files: cloud(yaml`
      auth_type: token_endpoint
      auth: {endpoint: "http://127.0.0.1:8774/v2.1", token: admin-token}
    `),
  },
  {
    name: "auth_type none with an endpoint serves every service from it",
    files: cloud(yaml`
      auth_type: none
      auth: {endpoint: "http://127.0.0.1:6385"}
      baremetal_api_version: 1
    `),
  },
  {
    name: "system scope",
    files: cloud(yaml`
      auth: {auth_url: "${url}", username: admin, password: p, user_domain_id: default, system_scope: all}
    `),
  },
  {
    name: "trust scope",
    files: cloud(yaml`
      auth: {auth_url: "${url}", user_id: trustee, password: p, trust_id: tr-1}
    `),
  },
  {
    name: "domain scope with domain_id",
    files: cloud(yaml`
      auth: {auth_url: "${url}", username: u, password: p, user_domain_id: default, domain_id: d-1}
    `),
  },
  {
    name: "legacy: domain_name stands for the user's and project's domain",
    files: cloud(yaml`
      auth: {auth_url: "${url}", username: u, password: p, project_name: demo, domain_name: Acme}
    `),
  },
  {
    name: "legacy: tenant_name and tenant_id",
    files: cloud(yaml`
      auth: {auth_url: "${url}", username: u, password: p, tenant_name: old-project, user_domain_name: Default}
      tenant_id: old-id
    `),
  },
  {
    name: "legacy: v2password keeps tenant names",
    files: cloud(yaml`
      auth_type: v2password
      auth: {auth_url: "http://127.0.0.1:5000/v2.0", username: u, password: p, project_name: demo}
    `),
  },
  {
    name: "legacy: auth options at the cloud's top level",
    files: cloud(yaml`
      auth_url: "${url}"
      username: u
      password: p
      project_name: demo
      user_domain_name: Default
      project_domain_name: Default
    `),
  },
  {
    // auth_type always has a value (the default, password) and wins, so auth_plugin is never used.
    name: "legacy: auth_plugin loses to the default auth_type",
    files: cloud(yaml`
      auth_plugin: token
      auth: {auth_url: "${url}", username: u, password: p, project_id: pid}
    `),
  },
  {
    name: "legacy: auth_token at the top level",
    files: cloud(yaml`
      auth_type: token
      auth_token: old-token
      auth: {auth_url: "${url}", project_id: pid}
    `),
  },
  {
    name: "legacy: endpoint_type and <service>_endpoint_type",
    files: cloud(yaml`
      auth: {auth_url: "${url}", username: u, password: p, project_id: pid}
      endpoint_type: internal
      compute_endpoint_type: admin
      volume_endpoint_type: public
    `),
  },
  {
    name: "legacy: dashed keys and user_name",
    files: cloud(yaml`
      auth:
        auth-url: "${url}"
        user_name: u
        password: p
        project-name: demo
        user-domain-name: Default
        project-domain-name: Default
      region-name: RegionOne
    `),
  },
  {
    name: "legacy: a service timeout is the api timeout",
    files: cloud(yaml`
      auth: {auth_url: "${url}", username: u, password: p, project_id: pid}
      compute_timeout: 45
    `),
  },
  {
    name: "legacy: OS_TENANT_NAME and OS_ENDPOINT_TYPE in the environment",
    env: {
      OS_AUTH_URL: url,
      OS_USERNAME: "u",
      OS_PASSWORD: "p",
      OS_TENANT_NAME: "t",
      OS_USER_DOMAIN_NAME: "Default",
      OS_PROJECT_DOMAIN_ID: "default",
      OS_ENDPOINT_TYPE: "internalURL",
    },
  },
  {
    name: "OS_AUTH_TYPE and OS_TOKEN in the environment",
    env: { OS_AUTH_TYPE: "v3token", OS_AUTH_URL: url, OS_TOKEN: "envtoken", OS_PROJECT_ID: "pid" },
  },
];
