// The fake cloud every Magnum unit test runs against. A fixtures file, so the package build
// leaves it (and msw) out, as it does the sample bodies.
import { clientFor, createFacade } from "@openstack-ts/core";
import { mockServer, testCloud } from "@openstack-ts/mock/vitest";
import { http, HttpResponse } from "msw";
import { containerInfrastructureManagementService } from "../src/descriptor.js";
import { containerInfrastructureManagement } from "../src/service-definition.js";

export const MAGNUM = "http://magnum.test:9511";
export const API = `${MAGNUM}/v1`;

/** Magnum's root document as Zed answers GET /: v1, microversions 1.1 to `max`. */
export const magnumDocument = (max: string) => ({
  name: "OpenStack Magnum API",
  description: "Magnum is an OpenStack project which aims to provide container cluster management.",
  versions: [
    { id: "v1", status: "CURRENT", min_version: "1.1", max_version: max, links: [{ href: `${API}/`, rel: "self" }] },
  ],
});

/**
 * An msw server for one test file, and `setup()` for one test: a session on a fake cloud
 * whose catalog has Magnum as the real one is seeded (`container-infra`, `…:9511/v1`),
 * discovery as Magnum answers it (the v1 document without versions at /v1, the range at /),
 * the `conn.containerInfrastructureManagement` façade over it, and the API requests it saw.
 */
export function magnumCloud() {
  const server = mockServer();
  const setup = (max = "1.10") => {
    server.use(
      http.get(`${API}`, () => HttpResponse.json({ id: "v1", links: [{ href: `${API}/`, rel: "self" }] })),
      http.get(`${API}/`, () => HttpResponse.json({ id: "v1", links: [{ href: `${API}/`, rel: "self" }] })),
      http.get(`${MAGNUM}/`, () => HttpResponse.json(magnumDocument(max))),
    );
    const cloud = testCloud(server, {
      services: { "container-infra": { url: API } },
      watch: (u) => u.startsWith(`${API}/`) && u !== `${API}/`,
    });
    return {
      ...cloud,
      facade: createFacade(
        clientFor(cloud.session, containerInfrastructureManagementService),
        containerInfrastructureManagement,
      ),
    };
  };
  return { server, setup };
}

/** `PATCH clusters/abc?x=1`: a request relative to the API root, for comparing lists of them. */
export const sent = (request: Request): string => {
  const url = new URL(request.url);
  return `${request.method} ${url.pathname.replace(/^\/v1\//, "")}${decodeURIComponent(url.search)}`;
};

/** The microversion a request asked for (`1.10`), or null. */
export const versionOf = (request: Request): string | null =>
  request.headers.get("openstack-api-version")?.replace(/^container-infra /, "") ?? null;

/** Magnum's error body (wsme's faultstring inside `errors`, as pecan's middleware answers it). */
export const fault = (status: number, detail: string) =>
  HttpResponse.json(
    { errors: [{ request_id: "req-1", code: "client", status, title: detail, detail, links: [] }] },
    { status },
  );
