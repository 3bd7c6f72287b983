// The fake Manila every shared-file-system test runs against. A fixtures file, so the package
// build leaves it (and msw) out, as it does the sample bodies.
import { clientFor, createFacade } from "@openstack-ts/core";
import { mockServer, testCloud } from "@openstack-ts/mock/vitest";
import { sharedFileSystem } from "../src/service-definition.js";
import { sharedFileSystemService } from "../src/descriptor.js";

export const MANILA = "http://share.test:8786";
/** The catalog's URL: versioned, without a project id (2.60 and later read that form). */
export const API = `${MANILA}/v2`;

/** Manila's versions document, as the real one answers at /v2: v2.0 with microversions up to `max`. */
export const manilaDocument = (max: string) => ({
  versions: [
    {
      id: "v2.0",
      status: "CURRENT",
      version: max,
      min_version: "2.0",
      updated: "2015-08-27T11:33:21Z",
      links: [{ rel: "self", href: `${API}/` }],
    },
  ],
});

/**
 * An msw server for one test file, and `setup()` for one test: a session on a fake cloud whose
 * Manila offers microversions up to `maxMicroversion` (Zed's 2.73 by default), the
 * `conn.sharedFileSystem` façade over it, and the requests Manila saw (discovery left out).
 */
export function manilaCloud() {
  const server = mockServer();
  const setup = (options: { maxMicroversion?: string } = {}) => {
    const cloud = testCloud(server, {
      services: { "shared-file-system": { url: API, document: manilaDocument(options.maxMicroversion ?? "2.73") } },
      watch: (url) => url.startsWith(`${API}/`) && url !== `${API}/`,
    });
    return { ...cloud, facade: createFacade(clientFor(cloud.session, sharedFileSystemService), sharedFileSystem) };
  };
  return { server, setup };
}

/** `PUT /v2/shares/abc?x=1`: what a request was, for comparing lists of them. */
export const sent = (request: Request): string => {
  const url = new URL(request.url);
  return `${request.method} ${url.pathname}${decodeURIComponent(url.search)}`;
};

/** The microversion a request asked for, in Manila's own header. */
export const microversionOf = (request: Request): string | null =>
  request.headers.get("x-openstack-manila-api-version");
