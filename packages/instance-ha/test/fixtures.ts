// The fake cloud every instance-HA test runs against. A fixtures file, so the package build
// leaves it (and msw) out, as it does the sample bodies.
import { clientFor, createFacade } from "@openstack-ts/core";
import { mockServer, testCloud } from "@openstack-ts/mock/vitest";
import { http, HttpResponse } from "msw";
import { instanceHa } from "../src/service-definition.js";
import { instanceHaService } from "../src/descriptor.js";

export const MASAKARI = "http://ha.test:15868";
/** The project of the fake admin token: what `%(project_id)s` in the catalog becomes. */
export const PROJECT = "p-admin";
export const API = `${MASAKARI}/v1/${PROJECT}`;

/** Masakari's root document as Zed's answers GET /: v1.0, microversions 1.0 to `max`. */
export const masakariDocument = (max: string) => ({
  versions: [
    {
      id: "v1.0",
      status: "CURRENT",
      version: max,
      min_version: "1.0",
      updated: "2016-07-01T11:33:21Z",
      links: [{ rel: "self", href: `${MASAKARI}/v1/` }],
    },
  ],
});

/**
 * An msw server for one test file, and `setup()` for one test: a session on a fake cloud
 * whose catalog has Masakari as the real one is seeded (`…/v1/%(project_id)s`), discovery as
 * Masakari answers it (401 at /v1, the versions at /, up to `max`), the `conn.instanceHa`
 * façade over it, and the API requests it saw.
 */
export function haCloud() {
  const server = mockServer();
  const setup = (max = "1.2") => {
    server.use(
      http.get(`${MASAKARI}/v1`, () =>
        HttpResponse.json({ error: { code: 401, message: "authentication required" } }, { status: 401 }),
      ),
      http.get(`${MASAKARI}/`, () => HttpResponse.json(masakariDocument(max))),
    );
    const cloud = testCloud(server, {
      services: { "instance-ha": { url: `${MASAKARI}/v1/%(project_id)s` } },
      watch: (u) => u.startsWith(`${MASAKARI}/v1/`),
    });
    return { ...cloud, facade: createFacade(clientFor(cloud.session, instanceHaService), instanceHa) };
  };
  return { server, setup };
}

/** `PUT segments/abc?x=1`: a request relative to the project's API root, for comparing lists of them. */
export const sent = (request: Request): string => {
  const url = new URL(request.url);
  const path = url.pathname.replace(/^\/v1\/(p-admin\/)?/, "");
  return `${request.method} ${path}${decodeURIComponent(url.search)}`;
};

/** The microversion a request asked for (`1.2`), or null. */
export const versionOf = (request: Request): string | null =>
  request.headers.get("openstack-api-version")?.replace(/^instance-ha /, "") ?? null;

/** Masakari's error body (its FaultWrapper's names). */
export const fault = (status: number, message: string) => {
  const name = { 400: "badRequest", 404: "itemNotFound", 409: "conflictingRequest" }[status] ?? "masakariFault";
  return HttpResponse.json({ [name]: { code: status, message } }, { status });
};
