import {
  clientFor,
  ConfigError,
  createAuthPlugin,
  createFacade,
  officialServiceType,
  rawDescriptor,
  ServiceClient,
  Session,
  type AuthArguments,
  type EndpointOptions,
  type ServiceFacade,
} from "@openstack-ts/core";
import type { ResolvedCloud } from "@openstack-ts/config";
import { NOT_AUTH, serviceSettings, type ConnectionOptions } from "./connection-options.js";
import { cloudByName } from "./cloud-by-name.js";
import { services, type ServiceName } from "./services.js";
import { tlsFetch } from "./tls.js";

type Facade<N extends ServiceName> = ServiceFacade<(typeof services)[N]>;

/**
 * A context for one cloud, like openstacksdk's Connection: `conn.identity`, `conn.network`,
 * … are built on first access (catalog lookup and version discovery happen on their first
 * call) and cached for the connection's life.
 */
export class Connection {
  /** The session every call goes through: auth, catalog, discovery caches. */
  readonly session: Session;
  /** What configuration made this connection, when it came from clouds.yaml (`fromConfig`). Secrets redacted in its string forms. */
  readonly config: ResolvedCloud | undefined;
  #facades = new Map<string, unknown>();

  constructor(options: ConnectionOptions) {
    if (typeof options !== "object" || options === null) throw new ConfigError("new Connection() needs an options object");
    if (options.cloud !== undefined && options.config === undefined) options = { ...options, config: cloudByName(options.cloud) };
    if (options.config) options = { ...(options.config.toConnectionOptions() as ConnectionOptions), ...options };
    this.config = options.config;
    this.session = options.session ?? new Session({
      auth: options.authenticator ?? createAuthPlugin(options.authPlugin, authArguments(options)),
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

  get identity(): Facade<"identity"> {
    return this.#facade("identity");
  }

  get compute(): Facade<"compute"> {
    return this.#facade("compute");
  }

  get network(): Facade<"network"> {
    return this.#facade("network");
  }

  get image(): Facade<"image"> {
    return this.#facade("image");
  }

  get blockStorage(): Facade<"blockStorage"> {
    return this.#facade("blockStorage");
  }

  get objectStore(): Facade<"objectStore"> {
    return this.#facade("objectStore");
  }

  get placement(): Facade<"placement"> {
    return this.#facade("placement");
  }

  /**
   * Any service in the catalog, by type or alias. Services with a package answer with their
   * façade; others with a raw client whose paths are relative to the catalog URL:
   * `await conn.service("dns").get("/v2/zones").json()`.
   */
  service(serviceType: string): ServiceClient {
    const official = officialServiceType(serviceType);
    const known = Object.entries(services).find(([, definition]) => definition.descriptor.type === official);
    if (known) return this.#facade(known[0] as ServiceName);
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

  #facade<N extends ServiceName>(name: N): Facade<N> {
    let facade = this.#facades.get(name) as Facade<N> | undefined;
    if (!facade) {
      const definition = services[name];
      facade = createFacade(clientFor(this.session, definition.descriptor), definition) as unknown as Facade<N>;
      this.#facades.set(name, facade);
    }
    return facade;
  }
}

function authArguments(options: ConnectionOptions): AuthArguments {
  const args: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    if (!NOT_AUTH.has(key) && !/(ApiVersion|EndpointOverride|Interface|RegionName|DefaultMicroversion)$/.test(key)) args[key] = value;
  }
  return args as AuthArguments;
}
