import { validateToken } from "../identity/token-store.js";
import { ApiError } from "./api-error.js";
import { crudRoutes } from "./crud.js";
import { AUTH_REQUIRED, renderError } from "./error-styles.js";
import { requestId as newRequestId, transactionId } from "./ids.js";
import { echoHeaders, negotiate } from "./microversion.js";
import { withoutBody } from "./respond.js";
import { createRouter, type Match } from "./router.js";
import type { Auth, Cloud, Ctx, Row } from "./types.js";
import type { ServiceSpec } from "./service-spec.js";

interface Mounted {
  readonly spec: ServiceSpec;
  /** The service's root path on the cloud's origin, no trailing slash (`""` at the root). */
  readonly root: string;
  readonly url: string;
  readonly match: (method: string, path: string) => Match;
}

function bodyReader(request: Request) {
  let cached: Promise<Uint8Array> | undefined;
  const bytes = () => (cached ??= request.arrayBuffer().then((buffer) => new Uint8Array(buffer)));
  const body = async <T>(): Promise<T> => {
    const data = await bytes();
    try {
      return JSON.parse(new TextDecoder().decode(data)) as T;
    } catch {
      throw new ApiError(
        400,
        data.byteLength === 0
          ? "The request body is missing: a JSON object is required"
          : "Malformed JSON in the request body",
      );
    }
  };
  return { body, bytes };
}

/**
 * The fake cloud's front door: finds the service by path prefix, then the route; checks
 * the token (401 as keystonemiddleware answers it) and the microversion (406 beyond the
 * range); runs the handler; renders a thrown ApiError in the service's own format; adds the
 * request id and microversion headers. Transitions that are due are applied first.
 */
export function createPipeline(
  cloud: Cloud,
  services: readonly ServiceSpec[],
): (request: Request) => Promise<Response> {
  const origin = new URL(cloud.baseUrl).origin;
  const mounted: Mounted[] = services
    .map((spec) => {
      const url = cloud.urls[spec.type];
      const routes = [...spec.routes(cloud), ...(spec.collections ?? []).flatMap(crudRoutes)];
      return { spec, url, root: new URL(url).pathname.replace(/\/+$/, ""), match: createRouter(routes) };
    })
    .sort((a, b) => b.root.length - a.root.length);

  return async (request) => {
    const url = new URL(request.url);
    const service = mounted.find(
      (m) => url.origin === origin && (url.pathname === m.root || url.pathname.startsWith(`${m.root}/`)),
    );
    if (!service) return new Response("Not Found", { status: 404 });
    cloud.settle();
    const method = request.method.toUpperCase();
    const id = service.spec.requestIds === "swift" ? transactionId(cloud.now()) : newRequestId();
    const headers: Record<string, string> = { "X-Openstack-Request-Id": id };
    if (service.spec.requestIds === "nova") headers["X-Compute-Request-Id"] = id;
    if (service.spec.requestIds === "swift") headers["X-Trans-Id"] = id;
    let response: Response;
    try {
      response = await answer(cloud, service, request, url, method, headers);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      response = renderError(service.spec.errors, error, { method, requestId: id });
      if (error.status === 401) response.headers.set("WWW-Authenticate", `Keystone uri="${cloud.urls.identity}/v3"`);
    }
    for (const [name, value] of Object.entries(headers))
      if (!response.headers.has(name)) response.headers.set(name, value);
    return method === "HEAD" ? withoutBody(response) : response;
  };
}

async function answer(
  cloud: Cloud,
  service: Mounted,
  request: Request,
  url: URL,
  method: string,
  headers: Record<string, string>,
): Promise<Response> {
  const relative = url.pathname.slice(service.root.length).replace(/^\//, "");
  const found = service.match(method, relative);
  const token = request.headers.get("x-auth-token");
  const auth: Auth | undefined = token ? validateToken(cloud, token) : undefined;
  const needsToken = !(found && "route" in found && found.route.auth === "none");
  if (needsToken && !auth) throw new ApiError(401, AUTH_REQUIRED);
  if (!found) throw new ApiError(404, "The resource could not be found.");
  if ("allowed" in found)
    throw new ApiError(405, `The method ${method} is not allowed for this resource.`, {
      headers: { Allow: found.allowed.join(", ") },
    });
  const range = service.spec.microversion;
  let microversion: string | undefined;
  if (range) {
    microversion = negotiate(range, request.headers);
    Object.assign(headers, echoHeaders(range, microversion));
  }
  const reader = bodyReader(request);
  const ctx: Ctx = {
    cloud,
    request,
    method,
    url,
    query: url.searchParams,
    params: found.params,
    auth: found.route.auth === "none" && !auth ? undefined : auth,
    microversion,
    serviceUrl: service.url,
    body: <T = Row>() => reader.body<T>(),
    bytes: reader.bytes,
  };
  return found.route.handle(ctx);
}
