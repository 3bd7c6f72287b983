// The fake cloud every clustering test runs against. A fixtures file, so the package build
// leaves it (and msw) out, as it does the sample bodies.
import { clientFor, createFacade } from "@openstack-ts/core";
import { mockServer, testCloud } from "@openstack-ts/mock/vitest";
import { HttpResponse } from "msw";
import { clustering } from "../src/service-definition.js";
import { clusteringService } from "../src/descriptor.js";

export const SENLIN = "http://senlin.test:8777";
export const API = `${SENLIN}/v1`;

/** Senlin's root document as Zed's answers GET /: one version, microversions 1.0 to `max`. */
export const senlinDocument = (max: string) => ({
  versions: [
    {
      id: "1.0",
      status: "CURRENT",
      updated: "2016-01-18T00:00:00Z",
      "media-types": [{ base: "application/json", type: "application/vnd.openstack.clustering-v1+json" }],
      links: [{ href: `${API}`, rel: "self" }],
      min_version: "1.0",
      max_version: max,
    },
  ],
});

/**
 * An msw server for one test file, and `setup()` for one test: a session on a fake cloud
 * whose catalog has Senlin as the real one is seeded (its root, no version), discovery as
 * Senlin answers it (up to `max`), the `conn.clustering` façade over it, and the requests it saw.
 */
export function senlinCloud() {
  const server = mockServer();
  const setup = (max = "1.14") => {
    const cloud = testCloud(server, {
      services: { clustering: { url: SENLIN, document: senlinDocument(max) } },
      watch: (u) => u.startsWith(`${API}/`) || u.startsWith(`${API}?`),
    });
    return { ...cloud, facade: createFacade(clientFor(cloud.session, clusteringService), clustering) };
  };
  return { server, setup };
}

/** `POST clusters/abc/actions?x=1`: a request relative to the API root, for comparing lists of them. */
export const sent = (request: Request): string => {
  const url = new URL(request.url);
  return `${request.method} ${url.pathname.replace(/^\/v1\//, "")}${decodeURIComponent(url.search)}`;
};

/** The microversion a request asked for (`1.14`), or null. */
export const versionOf = (request: Request): string | null =>
  request.headers.get("openstack-api-version")?.replace(/^clustering /, "") ?? null;

/** Senlin's 202 for work it hands to its engine: the body, and the action in `Location`. */
export const accepted = (body: unknown, action: string) =>
  HttpResponse.json(body as Record<string, unknown>, {
    status: 202,
    headers: { Location: `${API}/actions/${action}` },
  });

/** Senlin's error body (its FaultWrapper's). */
export const fault = (status: number, message: string) =>
  HttpResponse.json(
    { code: status, error: { code: status, message, type: "BadRequest" }, explanation: message, title: "Bad Request" },
    { status },
  );
