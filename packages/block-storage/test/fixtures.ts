// The fake cloud every block-storage test runs against. A fixtures file, so the package
// build leaves it (and msw) out, as it does the per-resource sample bodies.
import { clientFor, createFacade, type SessionOptions } from "@openstack-ts/core";
import { mockServer, testCloud } from "@openstack-ts/mock/vitest";
import { http, HttpResponse } from "msw";
import { blockStorage } from "../src/service-definition.js";
import { blockStorageService } from "../src/descriptor.js";

export const CINDER = "http://cinder.test:8776";
/** The project of the fake admin token: what `%(project_id)s` in the catalog becomes. */
export const PROJECT = "p-admin";
export const API = `${CINDER}/v3/${PROJECT}`;

/** Cinder's root document, as it answers GET / (with 300 Multiple Choices). */
export const cinderVersions = (max: string) => ({
  versions: [
    {
      id: "v3.0",
      status: "CURRENT",
      version: max,
      min_version: "3.0",
      links: [{ rel: "self", href: `${CINDER}/v3/` }],
    },
  ],
});

export interface CinderOptions {
  /** The highest microversion the fake Cinder offers. Default 3.70, Zed's. */
  maxMicroversion?: string;
  /** Whether the catalog URL carries the project id (`…/v3/%(project_id)s`, the default) or not (`…/v3`, allowed from 3.67). */
  projectInUrl?: boolean;
  /** Session options over the test default (retries off, so every request shows). */
  session?: Partial<SessionOptions>;
}

/**
 * An msw server for one test file, and `setup()` for one test: a session on a fake cloud
 * whose catalog lists Cinder as `volumev3`, discovery as the real one answers it (401 at
 * /v3, the versions at /), the `conn.blockStorage` façade, and the API requests it saw.
 */
export function blockStorageCloud() {
  const server = mockServer();
  const setup = (options: CinderOptions = {}) => {
    const { maxMicroversion = "3.70", projectInUrl = true } = options;
    server.use(
      http.get(`${CINDER}/v3`, () =>
        HttpResponse.json(
          {
            error: { code: 401, title: "Unauthorized", message: "The request you have made requires authentication." },
          },
          { status: 401 },
        ),
      ),
      http.get(`${CINDER}/`, () => HttpResponse.json(cinderVersions(maxMicroversion), { status: 300 })),
    );
    const url = projectInUrl ? `${CINDER}/v3/%(project_id)s` : `${CINDER}/v3`;
    const cloud = testCloud(server, {
      services: { volumev3: { url } },
      watch: (u) => u.startsWith(`${CINDER}/v3/`),
      session: options.session,
    });
    return { ...cloud, facade: createFacade(clientFor(cloud.session, blockStorageService), blockStorage) };
  };
  return { server, setup };
}

/** `POST volumes/abc/action?x=1`: a request relative to the project's API root, for comparing lists of them. */
export const sent = (request: Request): string => {
  const url = new URL(request.url);
  const path = url.pathname.replace(/^\/v3\/(p-admin\/)?/, "");
  return `${request.method} ${path}${decodeURIComponent(url.search)}`;
};

/** The microversion a request asked for (`3.70`), or null. */
export const versionOf = (request: Request): string | null =>
  request.headers.get("openstack-api-version")?.replace(/^volume /, "") ?? null;

/** Cinder's error body. */
export const fault = (status: number, message: string) => {
  const name = { 400: "badRequest", 404: "itemNotFound", 409: "conflictingRequest" }[status] ?? "computeFault";
  return HttpResponse.json({ [name]: { code: status, message } }, { status });
};

/** Cinder's empty 202. */
export const accepted = () => new HttpResponse(null, { status: 202 });
