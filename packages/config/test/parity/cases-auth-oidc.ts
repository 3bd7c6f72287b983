import { cloud, KEYSTONE, type ParityCase, yaml } from "./case.js";

/** The OpenID Connect auth types: what each reads, and what each needs. */
export const oidcCases: ParityCase[] = [
  {
    name: "v3oidcpassword: the provider's discovery document, openid_scope read as the scope",
    files: cloud(yaml`
      auth_type: v3oidcpassword
      auth:
        auth_url: "http://127.0.0.1:5080/v3"
        identity_provider: loopback-oidc
        protocol: openid
        client_id: cli
        client_secret: cs
        discovery_endpoint: "http://127.0.0.1:8900/.well-known/openid-configuration"
        openid_scope: "openid email"
        username: alice
        password: p
        project_name: federated
        project_domain_name: Default
    `),
  },
  {
    name: "v3oidcclientcredentials with a token endpoint and the ID token for Keystone",
    files: cloud(yaml`
      auth_type: v3oidcclientcredentials
      auth: {auth_url: "${KEYSTONE}", identity_provider: idp, protocol: openid, client_id: cli, client_secret: cs,
             access_token_endpoint: "http://127.0.0.1:8900/token", access_token_type: id_token, domain_id: default}
    `),
  },
  {
    name: "v3oidcaccesstoken scoped to a project by id",
    files: cloud(yaml`
      auth_type: v3oidcaccesstoken
      auth: {auth_url: "${KEYSTONE}", identity_provider: idp, protocol: openid, access_token: at, project_id: pid}
    `),
  },
  {
    // keystoneauth (Zed) takes no public client here: it needs a client secret.
    name: "v3oidcauthcode: the code and redirect URI of a browser login",
    files: cloud(yaml`
      auth_type: v3oidcauthcode
      auth: {auth_url: "${KEYSTONE}", identity_provider: idp, protocol: openid, client_id: cli, client_secret: cs,
             discovery_endpoint: "http://127.0.0.1:8900/.well-known/openid-configuration",
             redirect_uri: "http://127.0.0.1:8901/callback", code: c0de, project_id: pid}
    `),
  },
  {
    name: "v3oidcclientcredentials needs a discovery document or a token endpoint",
    files: cloud(yaml`
      auth_type: v3oidcclientcredentials
      auth: {auth_url: "${KEYSTONE}", identity_provider: idp, protocol: openid, client_id: cli, client_secret: cs}
    `),
  },
  {
    name: "v3oidcpassword needs identity_provider and protocol",
    files: cloud(yaml`
      auth_type: v3oidcpassword
      auth: {auth_url: "${KEYSTONE}", client_id: cli, discovery_endpoint: "http://127.0.0.1:8900/d", username: a, password: p}
    `),
  },
  {
    name: "v3oidcaccesstoken needs its access token",
    files: cloud(yaml`
      auth_type: v3oidcaccesstoken
      auth: {auth_url: "${KEYSTONE}", identity_provider: idp, protocol: openid, project_id: pid}
    `),
  },
];
