import type { KyInstance, Options } from "ky";
import type { AuthResult, AuthTransport } from "../auth/plugin.js";
import { TokenManager } from "../auth/token-manager.js";
import { selectEndpoint, substituteProjectId, wellFormed } from "../catalog/catalog.js";
import { officialServiceType } from "../catalog/service-types.js";
import { ConfigError, OpenStackError } from "../errors/index.js";
import { userAgentFor } from "../http/user-agent.js";
import type { ApiVersion } from "../discovery/version-document.js";
import { loadVersionDocument } from "../discovery/load-document.js";
import type { Logger } from "../log/logger.js";
import type { Carried, RequestContext } from "./request-context.js";
import { requestWay } from "./request-way.js";
import type { ServiceSettings, SessionOptions } from "./session-options.js";

export interface EndpointOptions {
  interface?: string | string[] | undefined;
  regionName?: string | undefined;
  signal?: AbortSignal | undefined;
}

export type SessionRequestOptions = Omit<Options, "context" | "prefix" | "baseUrl" | "hooks"> & {
  context?: RequestContext;
};

/**
 * One configured HTTP client for one cloud: a ky instance set up as one request's way
 * (./request-way.ts), the auth plugin and its token, the catalog, and a cache of discovery
 * documents. Everything else
 * (service clients, resources, the façade) talks to the cloud through a session.
 */
export class Session {
  readonly tokens: TokenManager;
  readonly logger: Logger | undefined;
  readonly timeout: number | false;
  /** The request id of the most recent response. */
  lastRequestId: string | undefined;
  #options: SessionOptions;
  #http: KyInstance;
  #documents = new Map<string, Promise<ApiVersion[]>>();
  #trusted = new WeakMap<AuthResult, Set<string>>();
  #overrideOrigins: Set<string>;
  /** The auth URL's origin (null: the plugin has none), parsed once rather than per request. */
  #authOrigin: string | null | undefined;
  #perSession: Map<string, unknown> = new Map();
  /** Each service type's settings, looked up once: every request of a service client asks. */
  #settings = new Map<string, ServiceSettings>();

  constructor(options: SessionOptions) {
    if (!options?.auth || typeof options.auth.authenticate !== "function") {
      throw new ConfigError("Session needs an auth plugin: an object with authenticate()");
    }
    const fetchFn = options.fetch ?? globalThis.fetch;
    if (typeof fetchFn !== "function") {
      throw new ConfigError("No fetch in this runtime: pass one as the `fetch` option");
    }
    if (options.globalRequestId !== undefined && !/^req-[0-9a-f-]{36}$/i.test(options.globalRequestId)) {
      throw new ConfigError(`globalRequestId must look like req-<uuid>, got '${options.globalRequestId}'`);
    }
    this.#options = options;
    this.logger = options.logger;
    this.timeout = options.timeout ?? 60_000;
    this.#overrideOrigins = new Set(
      Object.values(options.services ?? {}).flatMap((s) => (s.endpointOverride ? [originOf(s.endpointOverride)] : [])),
    );
    // The token manager first: the request's way puts its tokens on, and it authenticates
    // through the session's own requests (#transport), which only run later.
    this.tokens = new TokenManager(options.auth, this.#transport());
    this.#http = requestWay(
      {
        tokens: this.tokens,
        logger: options.logger,
        timeout: this.timeout,
        globalRequestId: options.globalRequestId,
        userAgent: userAgentFor(options.userAgent),
        isTrusted: (url) => this.#isTrusted(url),
        noteRequestId: (id) => {
          this.lastRequestId = id;
        },
        // Called as a plain function (a browser's fetch refuses another `this`); the runtime's
        // is looked up at each call, since a test or a polyfill may replace it.
        fetch: (request, init) => (options.fetch ?? globalThis.fetch)(request, init),
      },
      options.retries,
    );
  }

  /** Authenticates if needed and returns the token. */
  async authorize(signal?: AbortSignal): Promise<string> {
    const { token } = await this.access(signal);
    if (token === undefined) throw new ConfigError("This auth type issues no token");
    return token;
  }

  /** The current authentication (token, catalog, user, project), authenticating if needed. */
  access(signal?: AbortSignal): Promise<AuthResult> {
    return this.tokens.access(this.#signal(signal));
  }

  /** Settings for a service type, looked up by official name or alias. */
  serviceSettings(serviceType: string): ServiceSettings {
    let settings = this.#settings.get(serviceType);
    if (settings === undefined) {
      const services = this.#options.services ?? {};
      const official = officialServiceType(serviceType);
      const key = Object.keys(services).find((name) => officialServiceType(name) === official);
      settings = (key && services[key]) || {};
      this.#settings.set(serviceType, settings);
    }
    return settings;
  }

  /**
   * The catalog URL of a service (or its override), with the project id filled in.
   * Interface and region come from the call, else the service's settings, else the session's.
   */
  async endpointFor(serviceType: string, options: EndpointOptions = {}): Promise<string> {
    const settings = this.serviceSettings(serviceType);
    const access = await this.access(options.signal);
    const projectId = access.project?.id;
    if (settings.endpointOverride) return substituteProjectId(settings.endpointOverride, projectId);
    const url = selectEndpoint(access.catalog ?? [], {
      serviceType,
      interface: options.interface ?? settings.interface ?? this.#options.interface,
      region: options.regionName ?? settings.regionName ?? this.#options.regionName,
      authUrl: this.tokens.plugin.authUrl,
    });
    return substituteProjectId(url, projectId);
  }

  /** A discovery document, fetched once per URL for the session's life. */
  discover(url: string, signal?: AbortSignal): Promise<ApiVersion[]> {
    let pending = this.#documents.get(url);
    if (!pending) {
      pending = loadVersionDocument((u, init) => this.request(u, init), url, this.#signal(signal));
      this.#documents.set(url, pending);
      // A transient failure must not be remembered; the next call tries again.
      pending.catch(() => this.#documents.delete(url));
    }
    return pending;
  }

  /** A low-level request through the session's way (./request-way.ts). Prefer a service client. */
  request(url: string, options: SessionRequestOptions = {}): Promise<Response> {
    // The context rides as `openstack`, not as ky's own `context`, which ky copies per request.
    // ky merges every option it is given, on every request: none is passed without a value.
    const { context = {}, signal, ...kyOptions } = options;
    // A request carrying a secret (the token, or a password in an auth body) follows
    // redirects only through the fetch step, and only to trusted origins. Discovery GETs hold none.
    const method = (options.method ?? "GET").toUpperCase();
    const secret = context.authenticated === true || (method !== "GET" && method !== "HEAD");
    if (secret) kyOptions.redirect ??= "manual";
    const combined = this.#signal(signal ?? undefined);
    if (combined) (kyOptions as Options).signal = combined;
    (kyOptions as { openstack?: Carried }).openstack = { context, body: options.body, json: options.json };
    return this.#http(url, kyOptions as Options);
  }

  /**
   * The one object of its kind for this session, built by `create` on first use (service
   * clients, caches). Keeps the session free of knowledge about what is built on it.
   */
  perSession<T>(key: string, create: () => T): T {
    if (!this.#perSession.has(key)) this.#perSession.set(key, create());
    return this.#perSession.get(key) as T;
  }

  #transport(): AuthTransport {
    const context: RequestContext = { authenticated: false };
    return {
      // POST is never retried; a failed password is final.
      // A 401 is answered, not thrown, only when a multi-factor login asks: its receipt is in the response.
      post: (url, json, signal, options) => {
        const answered = new Set(options?.answerStatuses);
        if (options?.unauthorizedAsResponse) answered.add(401);
        return this.request(url, {
          method: "post",
          ...(options?.form ? { body: new URLSearchParams(options.form) } : { json }),
          signal,
          context: { ...context },
          ...(options?.headers && { headers: options.headers }),
          // An OAuth 2.0 or OIDC provider's refusal (4xx) is JSON the plugin reads.
          ...(options?.clientErrorsAsResponse
            ? { throwHttpErrors: (status: number) => status >= 500 }
            : answered.size > 0 && { throwHttpErrors: (status: number) => status >= 400 && !answered.has(status) }),
        });
      },
      // Keystone answers its unversioned root with 300 and the version document: not an error.
      get: (url, signal, options) =>
        this.request(url, {
          signal,
          context: { ...context },
          throwHttpErrors: (status) => status >= 400,
          // A GET with headers carries a token: redirects only as a secret-bearing request's.
          ...(options?.headers && { headers: options.headers, redirect: "manual" as const }),
        }),
    };
  }

  #signal(signal: AbortSignal | undefined): AbortSignal | undefined {
    const sessionSignal = this.#options.signal;
    if (!sessionSignal) return signal;
    return signal ? AbortSignal.any([signal, sessionSignal]) : sessionSignal;
  }

  #isTrusted(url: string): boolean {
    const access = this.tokens.current;
    const origin = sentOrigin(url);
    if (this.#overrideOrigins.has(origin)) return true;
    if (this.#authOrigin === undefined) {
      const authUrl = this.tokens.plugin.authUrl;
      this.#authOrigin = authUrl ? originOf(authUrl) : null;
    }
    if (this.#authOrigin === origin) return true;
    if (!access) return false;
    let origins = this.#trusted.get(access);
    if (!origins) {
      origins = new Set(wellFormed(access.catalog ?? []).flatMap((s) => s.endpoints.flatMap((e) => originsOf(e.url))));
      this.#trusted.set(access, origins);
    }
    return origins.has(origin);
  }
}

/** The origin of a catalog URL; none for one that is not absolute (it can never be called). */
function originsOf(url: string): string[] {
  try {
    return [new URL(url).origin];
  } catch {
    return [];
  }
}

/**
 * The origin of a URL as a Request holds it (scheme and host in lower case, no default
 * port), cut from the text rather than parsed: every request asks. Anything else (user
 * info, another scheme) is parsed.
 */
function sentOrigin(url: string): string {
  const start = url.startsWith("https://") ? 8 : url.startsWith("http://") ? 7 : -1;
  const end = start < 0 ? -1 : url.indexOf("/", start);
  const origin = end < 0 ? undefined : url.slice(0, end);
  return origin === undefined || origin.includes("@") ? originOf(url) : origin;
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    throw new OpenStackError(`Not an absolute URL: '${url}'`);
  }
}
