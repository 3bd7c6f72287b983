/** Environment variables, as `process.env` holds them (or a plain object in a browser). */
export type Env = Record<string, string | undefined>;

/** Where the documents came from, to name them in sources and errors. */
export interface ConfigFiles {
  clouds?: string | undefined;
  secure?: string | undefined;
  publicClouds?: string | undefined;
  /** Every path looked at, in order; error messages list them. */
  searched?: readonly string[] | undefined;
}

/** What `resolveCloud` works from. Every field is optional. */
export interface ResolveInput {
  /** The cloud to use; else `options.cloud`, `OS_CLOUD`, the `envvars` cloud, or the only cloud. */
  cloudName?: string | undefined;
  /** A parsed clouds.yaml: `{ clouds: { <name>: { auth: {...}, region_name, ... } } }`. */
  clouds?: object | undefined;
  /** A parsed secure.yaml, merged over `clouds` key by key. */
  secure?: object | undefined;
  /** A parsed clouds-public.yaml: `{ "public-clouds": { <profile>: {...} } }`. */
  publicClouds?: object | undefined;
  /** `OS_*` variables. Nothing is read from the process unless passed here. */
  env?: Env | undefined;
  /** Parsed command-line options (`os_region_name`, `--os-auth-url`, `regionName`, …); they win over everything. */
  options?: Record<string, unknown> | undefined;
  files?: ConfigFiles | undefined;
  /** Check that the auth arguments are complete (default true), as openstacksdk's `validate`. */
  validate?: boolean | undefined;
  /** Called with each warning (deprecated profile, legacy syntax); they are also kept on the result. */
  onWarning?: ((message: string) => void) | undefined;
}

/** Settings for one service type, as clouds.yaml's `<service>_<setting>` keys give them. */
export interface ServiceConfig {
  endpointOverride?: string | undefined;
  interface?: string | undefined;
  regionName?: string | undefined;
  /** As configured: a major version (`2`), or a microversion-looking one (`2.79`). */
  apiVersion?: string | undefined;
  /** `default_microversion`, or the one a dotted `api_version` implies. */
  microversion?: string | undefined;
  /** The catalog type to look up, when clouds.yaml renames it (`database_service_type`). */
  serviceType?: string | undefined;
  serviceName?: string | undefined;
}

/** Auth arguments, named as openstack-ts's core names them. */
export interface AuthConfig {
  authUrl?: string;
  username?: string;
  userId?: string;
  password?: string;
  projectName?: string;
  projectId?: string;
  userDomainName?: string;
  userDomainId?: string;
  projectDomainName?: string;
  projectDomainId?: string;
  domainName?: string;
  domainId?: string;
  systemScope?: string;
  trustId?: string;
  token?: string;
  applicationCredentialId?: string;
  applicationCredentialName?: string;
  applicationCredentialSecret?: string;
  defaultDomainId?: string;
  /** `none` and `admin_token`: the one endpoint every service uses. */
  endpoint?: string;
  /** Arguments of other keystoneauth plugins, camelCased. */
  [other: string]: unknown;
}

/** What `loadCloudsConfig` returns: the documents and their files, ready for `resolveCloud`. */
export interface CloudsConfig {
  clouds?: object | undefined;
  secure?: object | undefined;
  publicClouds?: object | undefined;
  files: ConfigFiles;
}

export interface LoadConfigInput {
  /** Default: the process environment in Node and Deno; nothing in a browser. */
  env?: Env | undefined;
  /** Where `clouds.yaml` is looked for first. Node and Deno only; default the working directory. */
  cwd?: string | undefined;
  /** The home directory for `~/.config/openstack`. Node and Deno only. */
  home?: string | undefined;
  /** A clouds.yaml already in memory: parsed, or YAML/JSON text. Used instead of searching files. */
  cloudConfig?: object | string | undefined;
  /** A secure.yaml in memory, parsed or text. */
  secureConfig?: object | string | undefined;
  /** A clouds-public.yaml in memory, parsed or text. */
  publicClouds?: object | string | undefined;
}

export interface LoadCloudInput extends LoadConfigInput {
  cloudName?: string | undefined;
  options?: Record<string, unknown> | undefined;
  validate?: boolean | undefined;
  onWarning?: ((message: string) => void) | undefined;
}

/** What a resolved cloud region holds: the fields of `ResolvedCloud`, as connection options are made from them. */
export interface ResolvedCloudFields {
  /** The cloud's name in clouds.yaml (`envvars` for OS_* variables; empty when none was selected). */
  readonly name: string;
  readonly regionName: string | undefined;
  /** keystoneauth's name for it: `password`, `v3applicationcredential`, `token`, `admin_token`, `none`, … */
  readonly authType: string;
  readonly auth: Readonly<AuthConfig>;
  /** Endpoint interface for every service without its own: `public`, `internal` or `admin`. */
  readonly interface: string | undefined;
  /** By official service type: only what clouds.yaml, the profile or options set for it. */
  readonly services: Readonly<Record<string, Readonly<ServiceConfig>>>;
  /** TLS verification; false only when `verify: false` or `insecure: true`. */
  readonly verify: boolean;
  /** Paths as configured (a CA bundle, a client certificate and its key). */
  readonly cacert: string | undefined;
  readonly cert: string | undefined;
  readonly key: string | undefined;
  /** Seconds, as `api_timeout` gives it. */
  readonly apiTimeout: number | undefined;
  readonly connectRetries: number | undefined;
  readonly statusCodeRetries: number | undefined;
  /** The vendor profile the cloud uses, if any. */
  readonly profile: string | undefined;
  /** Where each value came from, by field path: `{ "auth.authUrl": "/etc/openstack/clouds.yaml: clouds.prod.auth.auth_url" }`. */
  readonly sources: Readonly<Record<string, string>>;
  readonly warnings: readonly string[];
  /** Every setting in openstacksdk's snake_case form, as its CloudRegion.config holds them. */
  readonly config: Readonly<Record<string, unknown>>;
}
