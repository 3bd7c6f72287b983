import type { Options } from "ky";
import { resolveEndpoint, type ResolvedEndpoint } from "../discovery/resolve-endpoint.js";
import { abortable } from "../auth/token-manager.js";
import { negotiateMicroversion, parseMicroversion } from "../discovery/microversion.js";
import { joinUrl } from "../http/path.js";
import type { RequestContext } from "../session/request-context.js";
import type { Session, SessionRequestOptions } from "../session/session.js";
import type { ServiceDescriptor } from "./service-descriptor.js";
import { responsePromise, type ResponsePromise } from "./response-promise.js";

export interface ServiceRequestOptions {
  json?: unknown;
  body?: BodyInit | null;
  searchParams?: Options["searchParams"];
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
  /** A microversion for this request only. */
  microversion?: string | undefined;
  /** Send without the token (public documents). Default false. */
  anonymous?: boolean;
  /** Per request, in ms; `false` for none. Streamed bodies have none unless one is given. */
  timeout?: number | false;
  /** Retries of this request; 0 for none. Streamed bodies are never retried: they cannot be sent twice. */
  retry?: number;
  onUploadProgress?: Options["onUploadProgress"];
  onDownloadProgress?: Options["onDownloadProgress"];
}

const AUTHENTICATED: RequestContext = Object.freeze({ authenticated: true });
const ANONYMOUS: RequestContext = Object.freeze({ authenticated: false });

export type HttpMethod = "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * One service of one cloud, as seen through a session: the endpoint (from the catalog or
 * an override, then version discovery, resolved once and shared by every caller) and
 * requests relative to it. Also the raw adapter for services without a package.
 */
export class ServiceClient {
  readonly session: Session;
  readonly descriptor: ServiceDescriptor;
  #endpoint: Promise<ResolvedEndpoint> | undefined;
  /** The endpoint once resolved: requests after the first use it without waiting. */
  #resolved: ResolvedEndpoint | undefined;

  constructor(session: Session, descriptor: ServiceDescriptor) {
    this.session = session;
    this.descriptor = descriptor;
  }

  get serviceType(): string {
    return this.descriptor.type;
  }

  /**
   * The versioned base URL and its discovery data. Resolved once for every caller; a
   * caller's signal only stops its own wait, and a failure is retried next time.
   */
  endpoint(signal?: AbortSignal): Promise<ResolvedEndpoint> {
    this.#endpoint ??= this.#resolve().then(
      (resolved) => (this.#resolved = resolved),
      (error: unknown) => {
        this.#endpoint = undefined;
        throw error;
      },
    );
    return abortable(this.#endpoint, signal);
  }

  /**
   * The microversion for a call: the configured one, else min(what the SDK understands,
   * what the server offers). Throws `MicroversionError` when `requires` is out of reach.
   */
  async microversion(options: {
    sdkMax?: string | undefined;
    requires?: string | undefined;
    what: string;
    signal?: AbortSignal | undefined;
  }): Promise<string | undefined> {
    if (!this.descriptor.microversion) return undefined;
    const { version } = await this.endpoint(options.signal);
    return negotiateMicroversion({
      server: version && { min: version.minMicroversion, max: version.maxMicroversion },
      sdkMax: options.sdkMax,
      requires: options.requires,
      explicit: this.session.serviceSettings(this.descriptor.type).microversion,
      what: options.what,
    });
  }

  /** A request to a path relative to the service's base URL, or to an absolute URL. */
  request(method: HttpMethod, path: string, options: ServiceRequestOptions = {}): ResponsePromise {
    return responsePromise(this.#send(method, path, options));
  }

  get(path: string, options?: ServiceRequestOptions): ResponsePromise {
    return this.request("GET", path, options);
  }
  head(path: string, options?: ServiceRequestOptions): ResponsePromise {
    return this.request("HEAD", path, options);
  }
  post(path: string, options?: ServiceRequestOptions): ResponsePromise {
    return this.request("POST", path, options);
  }
  put(path: string, options?: ServiceRequestOptions): ResponsePromise {
    return this.request("PUT", path, options);
  }
  patch(path: string, options?: ServiceRequestOptions): ResponsePromise {
    return this.request("PATCH", path, options);
  }
  delete(path: string, options?: ServiceRequestOptions): ResponsePromise {
    return this.request("DELETE", path, options);
  }

  async #send(method: HttpMethod, path: string, options: ServiceRequestOptions): Promise<Response> {
    const { microversion, anonymous, retry, ...given } = options;
    // The caller's options, copied once, become the session's: ky merges every key it is
    // given on every request, so each is added only when it has a value.
    const rest: SessionRequestOptions = given;
    const { url } = this.#resolved ?? (await this.endpoint(given.signal));
    // ky copies a body to retry it; a stream would be buffered whole, and a long upload
    // outlives any per-request timeout: the caller's signal bounds it instead.
    if (typeof ReadableStream !== "undefined" && rest.body instanceof ReadableStream) {
      rest.retry = 0;
      rest.timeout ??= false;
    }
    if (retry !== undefined) rest.retry = retry;
    // Only services that declare them wait for them: every other request keeps its way free of an extra await.
    if (this.descriptor.sessionHeaders) {
      const sessionHeaders = await this.descriptor.sessionHeaders(this.session, given.signal);
      if (sessionHeaders) rest.headers = { ...sessionHeaders, ...rest.headers };
    }
    rest.method = method;
    rest.context = this.#context(anonymous, microversion);
    return this.session.request(joinUrl(url, path), rest);
  }

  /** What a request tells the session; one shared object when there is no microversion (most requests). */
  #context(anonymous: boolean | undefined, microversion: string | undefined): RequestContext {
    const header = this.descriptor.microversion;
    const version = microversion ?? this.session.serviceSettings(this.descriptor.type).microversion;
    if (!header || !version || version === "latest") return anonymous ? ANONYMOUS : AUTHENTICATED;
    return {
      authenticated: !anonymous,
      microversion: { service: header.name, value: version, legacyHeader: header.legacyHeader },
    };
  }

  async #resolve(): Promise<ResolvedEndpoint> {
    const catalogUrl = await this.session.endpointFor(this.descriptor.type);
    const settings = this.session.serviceSettings(this.descriptor.type);
    if (this.descriptor.discovery === false) return { url: catalogUrl, version: undefined };
    const wanted = settings.apiVersion ?? this.descriptor.version;
    const major = wanted === undefined ? undefined : parseMicroversion(wanted)[0];
    return resolveEndpoint(catalogUrl, major, (url) => this.session.discover(url));
  }
}
