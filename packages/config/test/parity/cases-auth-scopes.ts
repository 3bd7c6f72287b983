import { cloud, KEYSTONE, type ParityCase, yaml } from "./case.js";

/** Auth without Keystone (one endpoint for every service), the scopes a token can have, and the legacy spellings openstacksdk still reads. */
export const scopeCases: ParityCase[] = [
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
      auth: {auth_url: "${KEYSTONE}", username: admin, password: p, user_domain_id: default, system_scope: all}
    `),
  },
  {
    name: "trust scope",
    files: cloud(yaml`
      auth: {auth_url: "${KEYSTONE}", user_id: trustee, password: p, trust_id: tr-1}
    `),
  },
  {
    name: "domain scope with domain_id",
    files: cloud(yaml`
      auth: {auth_url: "${KEYSTONE}", username: u, password: p, user_domain_id: default, domain_id: d-1}
    `),
  },
  {
    name: "legacy: domain_name stands for the user's and project's domain",
    files: cloud(yaml`
      auth: {auth_url: "${KEYSTONE}", username: u, password: p, project_name: demo, domain_name: Acme}
    `),
  },
  {
    name: "legacy: tenant_name and tenant_id",
    files: cloud(yaml`
      auth: {auth_url: "${KEYSTONE}", username: u, password: p, tenant_name: old-project, user_domain_name: Default}
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
      auth_url: "${KEYSTONE}"
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
      auth: {auth_url: "${KEYSTONE}", username: u, password: p, project_id: pid}
    `),
  },
  {
    name: "legacy: auth_token at the top level",
    files: cloud(yaml`
      auth_type: token
      auth_token: old-token
      auth: {auth_url: "${KEYSTONE}", project_id: pid}
    `),
  },
  {
    name: "legacy: endpoint_type and <service>_endpoint_type",
    files: cloud(yaml`
      auth: {auth_url: "${KEYSTONE}", username: u, password: p, project_id: pid}
      endpoint_type: internal
      compute_endpoint_type: admin
      volume_endpoint_type: public
    `),
  },
  {
    name: "legacy: dashed keys and user_name",
    files: cloud(yaml`
      auth:
        auth-url: "${KEYSTONE}"
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
      auth: {auth_url: "${KEYSTONE}", username: u, password: p, project_id: pid}
      compute_timeout: 45
    `),
  },
  {
    name: "legacy: OS_TENANT_NAME and OS_ENDPOINT_TYPE in the environment",
    env: {
      OS_AUTH_URL: KEYSTONE,
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
    env: { OS_AUTH_TYPE: "v3token", OS_AUTH_URL: KEYSTONE, OS_TOKEN: "envtoken", OS_PROJECT_ID: "pid" },
  },
];
