/**
 * The options of keystoneauth's auth plugins, as its loaders declare them: which clouds.yaml
 * keys each auth type reads, under which older names, and which it cannot do without.
 * openstacksdk moves exactly these keys into `auth` (from the cloud's top level too).
 */
export interface AuthOption {
  /** The key, `-` written as `_`. */
  readonly name: string;
  /** Where the value lands in `auth`, when not under `name`. */
  readonly dest?: string;
  readonly deprecated?: readonly string[];
  readonly required?: boolean;
}

const opt = (name: string, extra: Omit<AuthOption, "name"> = {}): AuthOption => ({ name, ...extra });
const required = (name: string): AuthOption => opt(name, { required: true });

let table: Readonly<Record<string, readonly AuthOption[]>> | undefined;

/** The options of an auth type (keystoneauth's name), or undefined for an unknown type. */
export function authOptions(authType: string): readonly AuthOption[] | undefined {
  return Object.hasOwn(authPlugins(), authType) ? authPlugins()[authType] : undefined;
}

/** Every auth type keystoneauth ships a loader for. */
export function authTypeNames(): string[] {
  return Object.keys(authPlugins());
}

// Built on first use, not at import.
function authPlugins(): Readonly<Record<string, readonly AuthOption[]>> {
  return (table ??= buildTable());
}

function buildTable(): Record<string, readonly AuthOption[]> {
  const authUrl = required("auth_url");
  const scopeNames = [
    "system_scope",
    "domain_id",
    "domain_name",
    "project_id",
    "project_name",
    "project_domain_id",
    "project_domain_name",
    "trust_id",
  ];
  /** v3 plugins: scope options as they are. */
  const v3Scope = scopeNames.map((name) => opt(name));
  /** The generic plugins still accept the v2 `tenant_*` names. */
  const genericScope = scopeNames.map((name) =>
    name === "project_id"
      ? opt(name, { deprecated: ["tenant_id"] })
      : name === "project_name"
        ? opt(name, { deprecated: ["tenant_name"] })
        : opt(name),
  );
  const defaultDomain = [opt("default_domain_id"), opt("default_domain_name")];
  const v3User = [
    opt("user_id"),
    opt("username", { deprecated: ["user_name"] }),
    opt("user_domain_id"),
    opt("user_domain_name"),
  ];
  const federation = [required("identity_provider"), required("protocol")];
  const oidc = [
    ...federation,
    opt("client_id"),
    opt("client_secret"),
    opt("openid_scope", { dest: "scope" }),
    opt("access_token_endpoint"),
    opt("discovery_endpoint"),
    opt("access_token_type"),
  ];

  return {
    password: [authUrl, ...genericScope, ...defaultDomain, ...v3User, opt("password")],
    token: [authUrl, ...genericScope, ...defaultDomain, opt("token")],
    v3password: [authUrl, ...v3Scope, ...v3User, opt("password")],
    v3token: [authUrl, ...v3Scope, opt("token")],
    v3applicationcredential: [
      authUrl,
      ...v3Scope,
      ...v3User,
      required("application_credential_secret"),
      opt("application_credential_id"),
      opt("application_credential_name"),
    ],
    v3totp: [authUrl, ...v3Scope, ...v3User, opt("passcode")],
    v3multifactor: [authUrl, ...v3Scope, required("auth_methods")],
    // keystoneauth 5.1's loader (Debian's 5.0 predates it): Keystone's OAuth 2.0, the client an application credential.
    v3oauth2clientcredential: [
      authUrl,
      ...v3Scope,
      required("oauth2_endpoint"),
      required("oauth2_client_id"),
      required("oauth2_client_secret"),
    ],
    v3tokenlessauth: [authUrl, ...v3Scope.filter((o) => o.name !== "system_scope" && o.name !== "trust_id")],
    v3oidcpassword: [authUrl, ...v3Scope, ...oidc, required("username"), required("password")],
    v3oidcclientcredentials: [authUrl, ...v3Scope, ...oidc],
    v3oidcauthcode: [
      authUrl,
      ...v3Scope,
      ...oidc,
      opt("redirect_uri"),
      opt("code", { deprecated: ["authorization_code"], required: true }),
    ],
    v3oidcaccesstoken: [authUrl, ...v3Scope, ...federation, required("access_token")],
    v3samlpassword: [
      authUrl,
      ...v3Scope,
      ...federation,
      required("identity_provider_url"),
      required("username"),
      required("password"),
    ],
    v3adfspassword: [
      authUrl,
      ...v3Scope,
      ...federation,
      required("identity_provider_url"),
      required("service_provider_endpoint"),
      required("service_provider_entity_id"),
      required("username"),
      required("password"),
    ],
    v3oauth1: [
      authUrl,
      required("consumer_key"),
      required("consumer_secret"),
      required("access_key"),
      required("access_secret"),
    ],
    v2password: [
      authUrl,
      opt("tenant_id"),
      opt("tenant_name"),
      opt("trust_id"),
      opt("username", { deprecated: ["user_name"] }),
      opt("user_id"),
      opt("password"),
    ],
    v2token: [authUrl, opt("tenant_id"), opt("tenant_name"), opt("trust_id"), opt("token")],
    v1password: [
      authUrl,
      opt("project_name"),
      opt("username", { deprecated: ["user_name"], required: true }),
      required("password"),
    ],
    admin_token: [opt("endpoint", { deprecated: ["url"] }), opt("token")],
    none: [opt("endpoint")],
    noauth: [required("user_id"), opt("project_id"), required("endpoint")],
    http_basic: [opt("username", { deprecated: ["user_name"] }), opt("password"), opt("endpoint")],
  };
}

/**
 * Spellings openstack-ts's core accepts that keystoneauth does not: resolved to keystoneauth's
 * name so the same keys are read.
 */
export const AUTH_TYPE_ALIASES: Readonly<Record<string, string>> = {
  applicationcredential: "v3applicationcredential",
  application_credential: "v3applicationcredential",
  v3applicationcredentials: "v3applicationcredential",
};

/** keystoneauth's v3 loaders refuse a project name without its domain (the generic ones assume `default`). */
export const PROJECT_DOMAIN_CHECKED: readonly string[] = [
  "v3password",
  "v3token",
  "v3applicationcredential",
  "v3totp",
  "v3multifactor",
  "v3oidcpassword",
  "v3oidcclientcredentials",
  "v3oidcauthcode",
  "v3oidcaccesstoken",
  "v3samlpassword",
  "v3adfspassword",
];
/** …and these a user name without its domain (v3multifactor checks the methods' shared options). */
export const USER_DOMAIN_CHECKED: readonly string[] = [
  "v3password",
  "v3applicationcredential",
  "v3totp",
  "v3multifactor",
];
