import ky, { type KyInstance, type NormalizedOptions, type Options } from "ky";
import type { AuthResult, AuthTransport } from "../auth/plugin.js";
import { TokenManager } from "../auth/token-manager.js";
import { selectEndpoint, substituteProjectId, wellFormed } from "../catalog/catalog.js";
import { officialServiceType } from "../catalog/service-types.js";
import { ConfigError, OpenStackError, ResponseValidationError } from "../errors/index.js";
import { requestIdOf } from "../http/error-body.js";
import { userAgentFor } from "../http/user-agent.js";
import type { ApiVersion } from "../discovery/version-document.js";
import { loadVersionDocument } from "../discovery/load-document.js";
import { redactUrl, type Logger } from "../log/logger.js";
import { sessionHooks, TOKEN } from "./hooks.js";
import { exchangeWith } from "./exchange.js";
import { contextOf, type RequestContext } from "./request-context.js";
import { kyRetry } from "./retry.js";
import type { ServiceSettings, SessionOptions } from "./session-options.js";

export interface EndpointOptions {
  interface?: string | string[] | undefined;
  regionName?: string | undefined;
  signal?: AbortSignal | undefined;
}

export type SessionRequestOptions = Omit<Options, "context" | "prefix" | "baseUrl" | "hooks"> & { context?: RequestContext };

/**
 * One configured HTTP client for one cloud: a ky instance with our hooks, the auth plugin
 * and its token, the catalog, and a cache of discovery documents. Everything else
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
  #state: Map<string, unknown> = new Map();
  /** What each request in flight was sent with, for the exchange that handles its answer. */
  #sending = new WeakMap<Request, NormalizedOptions>();

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
    const session = this;
    const fetchOnce = options.fetch ? (input: Request, init?: RequestInit) => fetchFn(input, init) : (input: Request, init?: RequestInit) => globalThis.fetch(input, init);
    this.#http = ky.create({
      fetch: exchangeWith(
        {
          get tokens() {
            return session.tokens;
          },
          logger: options.logger,
          timeout: this.timeout,
          isTrusted: (url) => this.#isTrusted(url),
          noteRequestId: (id) => {
            this.lastRequestId = id;
          },
          optionsOf: (request) => this.#sending.get(request),
          resend: (request, normalized) => this.#resend(request, normalized),
          follow: (request, normalized, target, status) => this.#follow(request, normalized, target, status),
        },
        fetchOnce,
      ) as typeof fetch,
      timeout: this.timeout,
      retry: kyRetry(options.retries),
      parseJson: (text, { request, response }) => parseJsonBody(text, request, response),
      hooks: sessionHooks({
        get tokens() {
          return session.tokens;
        },
        logger: options.logger,
        globalRequestId: options.globalRequestId,
        userAgent: userAgentFor(options.userAgent),
        timeout: this.timeout,
        isTrusted: (url) => this.#isTrusted(url),
        sending: (request, normalized) => this.#sending.set(request, normalized),
      }),
    });
    this.tokens = new TokenManager(options.auth, this.#transport());
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
    const services = this.#options.services ?? {};
    const official = officialServiceType(serviceType);
    const key = Object.keys(services).find((name) => officialServiceType(name) === official);
    return (key && services[key]) || {};
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

  /** A low-level request through the session's pipeline. Prefer a service client. */
  request(url: string, options: SessionRequestOptions = {}): Promise<Response> {
    // A request carrying a secret (the token, or a password in an auth body) follows
    // redirects only through our hooks, and only to trusted origins. Discovery GETs hold none.
    const method = (options.method ?? "GET").toUpperCase();
    const secret = options.context?.authenticated === true || (method !== "GET" && method !== "HEAD");
    return this.#http(url, { ...(secret && { redirect: "manual" }), ...options, signal: this.#signal(options.signal ?? undefined) } as Options);
  }

  /**
   * A slot for objects built once per session (service clients, …), created on first use.
   * Keeps the session free of knowledge about what is built on it.
   */
  memo<T>(key: string, create: () => T): T {
    if (!this.#state.has(key)) this.#state.set(key, create());
    return this.#state.get(key) as T;
  }

  #transport(): AuthTransport {
    const context: RequestContext = { authenticated: false };
    return {
      // POST is never retried; a failed password is final.
      post: (url, json, signal) => this.request(url, { method: "post", json, signal, context: { ...context } }),
      // Keystone answers its unversioned root with 300 and the version document: not an error.
      get: (url, signal) => this.request(url, { signal, context: { ...context }, throwHttpErrors: (status) => status >= 400 }),
    };
  }

  #signal(signal: AbortSignal | undefined): AbortSignal | undefined {
    const sessionSignal = this.#options.signal;
    if (!sessionSignal) return signal;
    return signal ? AbortSignal.any([signal, sessionSignal]) : sessionSignal;
  }

  #isTrusted(url: string): boolean {
    const access = this.tokens.current;
    const origin = originOf(url);
    if (this.#overrideOrigins.has(origin)) return true;
    const authUrl = this.tokens.plugin.authUrl;
    if (authUrl && originOf(authUrl) === origin) return true;
    if (!access) return false;
    let origins = this.#trusted.get(access);
    if (!origins) {
      origins = new Set(wellFormed(access.catalog ?? []).flatMap((s) => s.endpoints.flatMap((e) => originsOf(e.url))));
      this.#trusted.set(access, origins);
    }
    return origins.has(origin);
  }

  #follow(request: Request, options: NormalizedOptions, target: string, status: number): Promise<Response> {
    const context = contextOf(options);
    const hops = (context.redirects ?? 0) + 1;
    if (hops > 5) throw new OpenStackError(`${request.method} ${redactUrl(request.url)}: more than 5 redirects`);
    // As fetch does: 303, and 301/302 after a POST, become a GET without a body.
    const toGet = status === 303 || ((status === 301 || status === 302) && request.method === "POST");
    const body = toGet ? undefined : (options as { body?: unknown }).body;
    if (body instanceof ReadableStream) throw new OpenStackError(`${request.method} ${redactUrl(request.url)} was redirected, and a streamed body cannot be sent again`);
    const headers = new Headers(request.headers);
    headers.delete(TOKEN);
    if (toGet) headers.delete("Content-Type");
    return this.#http(target, {
      method: toGet ? "GET" : request.method,
      headers,
      body: body as BodyInit | undefined,
      redirect: "manual",
      signal: request.signal,
      throwHttpErrors: false,
      context: { ...context, redirects: hops },
    });
  }

  #resend(request: Request, options: NormalizedOptions): Promise<Response> | undefined {
    const body = (options as { body?: unknown }).body;
    // A streamed body has been consumed and cannot be sent again; the 401 stands.
    if (body instanceof ReadableStream) return undefined;
    const headers = new Headers(request.headers);
    headers.delete(TOKEN);
    return this.#http(request.url, {
      method: request.method,
      headers,
      body: body as BodyInit | undefined,
      redirect: request.redirect,
      signal: request.signal,
      throwHttpErrors: false,
      context: { ...contextOf(options), reauthenticated: true },
    });
  }
}

/** A body that is not JSON is a bad response, not a SyntaxError. */
function parseJsonBody(text: string, request: Request, response: Response): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const type = response.headers.get("content-type") ?? "no content type";
    throw new ResponseValidationError({
      url: redactUrl(request.url),
      method: request.method,
      requestId: requestIdOf(response.headers),
      field: "body",
      problem: text.trim() === "" ? `is empty, expected JSON (${type})` : `is not JSON (${type}, ${text.length} characters)`,
    });
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

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    throw new OpenStackError(`Not an absolute URL: '${url}'`);
  }
}
