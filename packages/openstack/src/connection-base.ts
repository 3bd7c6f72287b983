import type { ResolvedCloud } from "@openstack-ts/config";
import {
  clientFor,
  ConfigError,
  createFacade,
  availableScopes,
  officialServiceType,
  rescopedAuth,
  type AvailableScopes,
  type RescopeTarget,
  rawDescriptor,
  type ServiceClient,
  Session,
  type AuthArguments,
  type EndpointOptions,
  type ServiceDefinition,
  type ServiceFacade,
} from "@openstack-ts/core";
import { authPluginFor } from "@openstack-ts/core/logins";
import { cloudByName } from "./cloud-by-name.js";
import { NOT_AUTH, serviceSettings, type ConnectionOptions } from "./connection-options.js";
import { tlsFetch } from "./tls.js";

export type ServiceMap = Readonly<Record<string, ServiceDefinition>>;

/**
 * What every Connection has, whatever services it carries: the session, authorize,
 * endpointFor, the raw adapter. The services themselves come from the map it is given,
 * each built on first access and cached.
 */
export class ConnectionBase<S extends ServiceMap = ServiceMap> {
  /** The session every call goes through: auth, catalog, discovery caches. */
  readonly session: Session;
  /** What configuration made this connection, when it came from clouds.yaml. Secrets redacted in its string forms. */
  readonly config: ResolvedCloud | undefined;
  #services: S;
  /** What it was made with, for `connectAs`: the same cloud, another scope. */
  #options: ConnectionOptions;
  #facades = new Map<keyof S, unknown>();

  constructor(options: ConnectionOptions, services: S) {
    if (typeof options !== "object" || options === null)
      throw new ConfigError("new Connection() needs an options object");
    if (options.cloud !== undefined && options.config === undefined)
      options = { ...options, config: cloudByName(options.cloud) };
    if (options.config) options = { ...(options.config.toConnectionOptions() as ConnectionOptions), ...options };
    this.#services = services;
    this.#options = options;
    this.config = options.config;
    this.session =
      options.session ??
      new Session({
        auth: options.authenticator ?? authPluginFor(options.authPlugin, authArguments(options)),
        fetch: tlsFetch(options, options.fetch, options.logger),
        timeout: options.timeout,
        retries: options.retries,
        userAgent: options.userAgent,
        logger: options.logger,
        globalRequestId: options.globalRequestId,
        regionName: options.regionName,
        interface: options.interface,
        signal: options.signal,
        services: serviceSettings(options as Record<string, unknown>),
      });
  }

  /**
   * Any service in the catalog, by type or alias. Services with a package answer with their
   * façade; others with a raw client whose paths are relative to the catalog URL:
   * `await conn.service("dns").get("/v2/zones").json()`.
   */
  service(serviceType: string): ServiceClient {
    const official = officialServiceType(serviceType);
    const known = Object.keys(this.#services).find((name) => this.#services[name]!.descriptor.type === official);
    if (known !== undefined) return this.facade(known) as ServiceClient;
    return clientFor(this.session, rawDescriptor(serviceType));
  }

  /** Authenticates if needed and returns the token. Throws `HttpError` (401, …) on failure. */
  authorize(signal?: AbortSignal): Promise<string> {
    return this.session.authorize(signal);
  }

  /** The catalog URL (or override) of a service, as openstacksdk's `endpoint_for`. */
  endpointFor(serviceType: string, options?: EndpointOptions): Promise<string> {
    return this.session.endpointFor(serviceType, options);
  }

  /** The project of the current token, authenticating if needed. */
  get currentProjectId(): Promise<string | undefined> {
    return this.session.access().then((access) => access.project?.id);
  }

  /** The user of the current token, authenticating if needed. */
  get currentUserId(): Promise<string | undefined> {
    return this.session.access().then((access) => access.user?.id);
  }

  /**
   * What this connection's token may be scoped to: the projects, domains and system of
   * `GET /v3/auth/projects`, `/auth/domains`, `/auth/system`. Works from an unscoped token.
   */
  availableScopes(options: { signal?: AbortSignal } = {}): Promise<AvailableScopes> {
    return availableScopes(this.session, options);
  }

  /**
   * A new connection of the same kind and settings, scoped to `target` (one project, domain,
   * system or trust) by exchanging this connection's token: no secret asked again, as a
   * dashboard does once a person chose a project. openstacksdk's `connect_as`, for scope only.
   * Its renewals take this connection's current token. Refused: `ScopeRefusedError` (401).
   */
  connectAs(target: RescopeTarget): this {
    const auth = rescopedAuth(this.session, target);
    // A session given by the caller is this connection's own; the new one gets its own session.
    const { session: _session, authenticator: _authenticator, ...settings } = this.#options;
    const Kind = this.constructor as new (options: ConnectionOptions) => this;
    return new Kind({ ...settings, authenticator: auth });
  }

  /** `connectAs` a project, by id or as a resource (openstacksdk's `connect_as_project`). */
  connectAsProject(project: string | { id: string }): this {
    return this.connectAs({ projectId: typeof project === "string" ? project : project.id });
  }

  /** The façade of one of this connection's services, built on first use. */
  protected facade<K extends keyof S & string>(name: K): ServiceFacade<S[K]> {
    let facade = this.#facades.get(name) as ServiceFacade<S[K]> | undefined;
    if (!facade) {
      const definition = this.#services[name]!;
      facade = createFacade(clientFor(this.session, definition.descriptor), definition) as unknown as ServiceFacade<
        S[K]
      >;
      this.#facades.set(name, facade);
    }
    return facade;
  }
}

function authArguments(options: ConnectionOptions): AuthArguments {
  const args: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    if (!NOT_AUTH.has(key) && !/(ApiVersion|EndpointOverride|Interface|RegionName|DefaultMicroversion)$/.test(key))
      args[key] = value;
  }
  return args as AuthArguments;
}
