// The fake cloud every database test runs against. A fixtures file, so the package build
// leaves it (and msw) out, as it does the sample bodies.
import { clientFor, createFacade } from "@openstack-ts/core";
import { mockServer, testCloud } from "@openstack-ts/mock/vitest";
import { http, HttpResponse } from "msw";
import { database } from "../src/service-definition.js";
import { databaseService } from "../src/descriptor.js";

export const TROVE = "http://db.test:8779";
/** The project of the fake admin token: what `%(project_id)s` in the catalog becomes. */
export const PROJECT = "p-admin";
export const API = `${TROVE}/v1.0/${PROJECT}`;

/** Trove's root document, as Zed answers GET /: v1.0 only, no microversions. */
export const troveDocument = {
  versions: [
    {
      id: "v1.0",
      status: "CURRENT",
      updated: "2012-08-01T00:00:00Z",
      links: [{ rel: "self", href: `${TROVE}/v1.0/` }],
    },
  ],
};

/**
 * An msw server for one test file, and `setup()` for one test: a session on a fake cloud
 * whose catalog has Trove as the real one is seeded (`…/v1.0/%(project_id)s`), Trove's root
 * document, the `conn.database` façade over it, and the API requests it saw.
 */
export function troveCloud() {
  const server = mockServer();
  const setup = () => {
    server.use(
      // as Trove's paste pipeline answers: /v1.0 behind keystonemiddleware, / open
      http.get(`${TROVE}/v1.0`, () =>
        HttpResponse.json(
          { error: { code: 401, title: "Unauthorized", message: "authentication required" } },
          { status: 401 },
        ),
      ),
      http.get(`${TROVE}/`, () => HttpResponse.json(troveDocument)),
    );
    const cloud = testCloud(server, {
      services: { database: { url: `${TROVE}/v1.0/%(project_id)s` } },
      watch: (u) => u.startsWith(`${API}/`),
    });
    return { ...cloud, facade: createFacade(clientFor(cloud.session, databaseService), database) };
  };
  return { server, setup };
}

/** `PUT instances/abc?x=1`: a request relative to the project's API root. */
export const sent = (request: Request): string => {
  const url = new URL(request.url);
  return `${request.method} ${url.pathname.replace(`/v1.0/${PROJECT}/`, "")}${decodeURIComponent(url.search)}`;
};

/** Trove's error body (its FaultWrapper's names). */
export const fault = (status: number, message: string) => {
  const name = { 400: "badRequest", 404: "itemNotFound", 422: "unprocessableEntity" }[status] ?? "instanceFault";
  return HttpResponse.json({ [name]: { code: status, message } }, { status });
};
