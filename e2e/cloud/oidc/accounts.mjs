// The provider's people and clients, one place for provider.mjs, oidc.sh and the tests'
// clouds.yaml. Secrets come from the environment when set (oidc.sh passes them), else the
// loopback defaults the e2e tests know.
const env = process.env;

export const ISSUER = env.OIDC_ISSUER ?? "http://127.0.0.1:8900";

/** The person every OpenID Connect login of the e2e tests is. */
export const USERS = {
  alice: {
    password: env.OIDC_USER_PASSWORD ?? "alice-oidc-secret",
    email: "alice@example.org",
    name: "Alice Federated",
  },
};

/** Keystone's side (mod_auth_openidc): logs people in for WebSSO and introspects bearer tokens. */
export const KEYSTONE_CLIENT = {
  client_id: "keystone",
  client_secret: env.OIDC_KEYSTONE_SECRET ?? "keystone-oidc-secret",
  grant_types: ["authorization_code"],
  response_types: ["code"],
  redirect_uris: [env.OIDC_WEBSSO_REDIRECT ?? "http://127.0.0.1:5080/v3/auth/OS-FEDERATION/websso/redirect"],
  token_endpoint_auth_method: "client_secret_basic",
};

/** A program with a secret: client credentials, and the resource owner's password. */
export const CONFIDENTIAL_CLIENT = {
  client_id: "openstack-ts",
  client_secret: env.OIDC_CLIENT_SECRET ?? "openstack-ts-oidc-secret",
  grant_types: ["client_credentials", "password", "refresh_token"],
  response_types: [],
  redirect_uris: [],
  token_endpoint_auth_method: "client_secret_basic",
  scope: "openid profile email",
};

/** A program without a secret: a browser with PKCE, a command line with the device flow. */
export const PUBLIC_CLIENT = {
  client_id: "openstack-ts-public",
  application_type: "native",
  grant_types: ["authorization_code", "urn:ietf:params:oauth:grant-type:device_code", "refresh_token"],
  response_types: ["code"],
  redirect_uris: (
    env.OIDC_PUBLIC_REDIRECTS ?? "http://127.0.0.1:8000/oidc/callback,http://127.0.0.1:8901/callback"
  ).split(","),
  token_endpoint_auth_method: "none",
};
