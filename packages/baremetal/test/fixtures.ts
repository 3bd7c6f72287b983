// The fake cloud every baremetal unit test runs against. A fixtures file, so the package build
// leaves it (and msw) out, as it does the sample bodies.
import { clientFor, createFacade } from "@openstack-ts/core";
import { mockServer, testCloud } from "@openstack-ts/mock/vitest";
import { baremetal } from "../src/service-definition.js";
import { baremetalService } from "../src/descriptor.js";

export const IRONIC = "http://baremetal.test:6385";
export const API = `${IRONIC}/v1`;

/** Ironic's root document as Zed's reads: one version, v1, microversions 1.1 to `max`. */
export const ironicDocument = (url: string, max = "1.82") => {
  const v1 = {
    id: "v1",
    links: [{ href: `${url}/v1/`, rel: "self" }],
    min_version: "1.1",
    status: "CURRENT",
    version: max,
  };
  return { name: "OpenStack Ironic API", default_version: v1, versions: [v1] };
};

/**
 * An msw server for one test file, and `setup(max?)` for one test: a session on a fake cloud
 * whose catalog has Ironic (offering microversions up to `max`, default 1.82), the
 * `conn.baremetal` façade over it, and the requests it saw.
 */
export function ironicCloud() {
  const server = mockServer();
  const setup = (max?: string) => {
    const cloud = testCloud(server, {
      services: { baremetal: { url: IRONIC, document: ironicDocument(IRONIC, max) } },
      watch: API,
    });
    return { ...cloud, facade: createFacade(clientFor(cloud.session, baremetalService), baremetal) };
  };
  return { server, setup };
}

/** `PATCH /v1/nodes/abc?x=1`: what a request was, for comparing lists of them. */
export const sent = (request: Request): string => {
  const url = new URL(request.url);
  return `${request.method} ${url.pathname}${decodeURIComponent(url.search)}`;
};
