// CORS for the loopback server: a browser app on any local origin may call the fake cloud
// and read the headers OpenStack clients need (the token, request ids, microversions, …).

const METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, COPY, OPTIONS";
const DEFAULT_ALLOWED =
  "Accept, Content-Type, X-Auth-Token, X-Subject-Token, OpenStack-API-Version, X-OpenStack-Nova-API-Version, X-OpenStack-Request-ID, Range, ETag, If-Match, If-None-Match, Destination, X-Copy-From";

/** Headers a browser may always read, named again for old browsers. */
const ALWAYS_EXPOSED = [
  "X-Subject-Token",
  "X-OpenStack-Request-ID",
  "OpenStack-API-Version",
  "X-OpenStack-Nova-API-Version",
  "Location",
  "ETag",
  "Content-Length",
  "Last-Modified",
];

/** The answer to a preflight: every method and the headers asked for, cached ten minutes. */
export function preflightHeaders(request: Headers): Record<string, string> {
  const headers: Record<string, string> = {
    "Access-Control-Allow-Origin": request.get("origin") ?? "*",
    "Access-Control-Allow-Methods": METHODS,
    "Access-Control-Allow-Headers": request.get("access-control-request-headers") ?? DEFAULT_ALLOWED,
    "Access-Control-Max-Age": "600",
    Vary: "Origin, Access-Control-Request-Headers",
  };
  // Chromium asks before a public page may reach a loopback address (Private Network Access).
  if (request.get("access-control-request-private-network") === "true")
    headers["Access-Control-Allow-Private-Network"] = "true";
  return headers;
}

/** Headers added to an answer to a cross-origin request: the origin, and every response header exposed. */
export function corsHeaders(origin: string, response: Headers): Record<string, string> {
  const names = new Set(ALWAYS_EXPOSED);
  for (const [name] of response) names.add(name);
  return {
    "Access-Control-Allow-Origin": origin,
    "Access-Control-Expose-Headers": [...names].join(", "),
    Vary: "Origin",
  };
}

/** True for a CORS preflight (not Swift's own OPTIONS). */
export const isPreflight = (method: string, headers: Headers): boolean =>
  method === "OPTIONS" && headers.has("origin") && headers.has("access-control-request-method");
