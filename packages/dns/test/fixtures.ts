// The fake cloud every DNS test runs against. A fixtures file, so the package build leaves it
// (and msw) out, as it does the sample bodies.
import { clientFor, createFacade } from "@openstack-ts/core";
import { mockServer, testCloud } from "@openstack-ts/mock/vitest";
import { dns } from "../src/service-definition.js";
import { dnsService } from "../src/descriptor.js";

export const DESIGNATE = "http://dns.test:9001";
export const API = `${DESIGNATE}/v2`;

/** Designate's root document, as the real one reads: v2 twice, each at `<url>/v2`. */
export const designateDocument = (url: string) => ({
  versions: [
    { id: "v2", status: "SUPPORTED", links: [{ rel: "self", href: `${url}/v2` }] },
    { id: "v2.0", status: "CURRENT", links: [{ rel: "self", href: `${url}/v2` }] },
  ],
});

/**
 * An msw server for one test file, and `setup()` for one test: a session on a fake cloud
 * whose catalog has Designate, the `conn.dns` façade over it, and the requests it saw.
 */
export function dnsCloud() {
  const server = mockServer();
  const setup = () => {
    const cloud = testCloud(server, {
      services: { dns: { url: DESIGNATE, document: designateDocument(DESIGNATE) } },
      watch: API,
    });
    return { ...cloud, facade: createFacade(clientFor(cloud.session, dnsService), dns) };
  };
  return { server, setup };
}

/** `PATCH /v2/zones/abc?x=1`: what a request was, for comparing lists of them. */
export const sent = (request: Request): string => {
  const url = new URL(request.url);
  return `${request.method} ${url.pathname}${decodeURIComponent(url.search)}`;
};
