// The fake Nova every compute test runs against. A fixtures file, so the package build
// leaves it (and msw) out, as it does the per-resource sample bodies.
import { clientFor, createFacade, type SessionOptions } from "@openstack-ts/core";
import { mockServer, testCloud } from "@openstack-ts/mock/vitest";
import { HttpResponse } from "msw";
import { compute } from "../src/service-definition.js";
import { computeService } from "../src/descriptor.js";

export const NOVA = "http://compute.test:8774";
/** The catalog's compute URL: versioned, as Nova registers itself. */
export const API = `${NOVA}/v2.1`;

/** Nova's document at its versioned root: v2.1 with microversions up to `max`. */
export function computeDocument(max: string) {
  return {
    version: {
      id: "v2.1",
      status: "CURRENT",
      version: max,
      min_version: "2.1",
      links: [{ rel: "self", href: `${API}/` }],
    },
  };
}

/**
 * An msw server for one test file, and `setup()` for one test: a session on a fake cloud
 * whose Nova offers microversions up to `maxMicroversion` (Zed's 2.93 by default), the
 * `conn.compute` façade over it, and the requests Nova saw (discovery left out).
 */
export function computeCloud() {
  const server = mockServer();
  const setup = (options: { maxMicroversion?: string; session?: Partial<SessionOptions> } = {}) => {
    const cloud = testCloud(server, {
      services: { compute: { url: API, document: computeDocument(options.maxMicroversion ?? "2.93") } },
      watch: (url) => url.startsWith(`${API}/`),
      session: options.session,
    });
    return { ...cloud, facade: createFacade(clientFor(cloud.session, computeService), compute) };
  };
  return { server, setup };
}

/** `POST /v2.1/servers/abc/action`: what a request was, for comparing lists of them. */
export const sent = (request: Request): string => {
  const url = new URL(request.url);
  return `${request.method} ${url.pathname}${url.search}`;
};

/** The microversion a request asked for, from the standard header (undefined when none). */
export const microversionOf = (request: Request): string | undefined =>
  request.headers.get("openstack-api-version")?.replace(/^compute /, "") ?? undefined;

/** Nova's error body: `{ "<kind>": { code, message } }`. */
export const novaError = (status: number, message: string, kind = status === 404 ? "itemNotFound" : "badRequest") =>
  HttpResponse.json({ [kind]: { code: status, message } }, { status });

/** Nova's empty answer to an accepted action. */
export const accepted = () => new HttpResponse(null, { status: 202 });
export const noContent = () => new HttpResponse(null, { status: 204 });
