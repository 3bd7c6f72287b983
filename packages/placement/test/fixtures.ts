// The fake cloud every placement test runs against. A fixtures file, so the package build
// leaves it (and msw) out, as it does the per-resource sample bodies.
import { clientFor, createFacade } from "@openstack-ts/core";
import { mockServer, testCloud } from "@openstack-ts/mock/vitest";
import { HttpResponse } from "msw";
import { placement } from "../src/service-definition.js";
import { placementService } from "../src/descriptor.js";

/** Placement serves its API at its root; the catalog names that root. */
export const API = "http://placement.test:8778";

/** Placement's root document (api-ref `get-root.json`): one version, its microversion range, an empty self link. */
export const rootDocument = (maxVersion: string) => ({
  versions: [
    { id: "v1.0", max_version: maxVersion, min_version: "1.0", status: "CURRENT", links: [{ rel: "self", href: "" }] },
  ],
});

/**
 * An msw server for one test file, and `setup()` for one test: a session on a fake cloud
 * whose Placement offers microversions up to `maxVersion` (default 1.39), the
 * `conn.placement` façade over it, and the Placement requests sent (discovery left out).
 */
export function placementCloud() {
  const server = mockServer();
  const setup = (maxVersion = "1.39") => {
    const cloud = testCloud(server, {
      services: { placement: { url: API, document: rootDocument(maxVersion) } },
      watch: (url) => url.startsWith(`${API}/`) && url !== `${API}/`,
    });
    const facade = createFacade(clientFor(cloud.session, placementService), placement);
    return { ...cloud, facade };
  };
  return { server, setup };
}

/** `PUT /resource_providers/abc?x=1`: what a request was, for comparing lists of them. */
export const sent = (request: Request): string => {
  const url = new URL(request.url);
  return `${request.method} ${url.pathname}${decodeURIComponent(url.search)}`;
};

/** The microversion header of a request, as Placement reads it. */
export const microversionOf = (request: Request): string | null => request.headers.get("openstack-api-version");

/** Placement's error body (1.23+: with a code), at a status. */
export const placementError = (status: number, detail: string, code = "placement.undefined_code") =>
  HttpResponse.json(
    { errors: [{ status, title: status === 409 ? "Conflict" : "Error", detail, code, request_id: "req-1" }] },
    { status },
  );

/** Placement's bodiless success. */
export const noContent = () => new HttpResponse(null, { status: 204 });
