// The fake cloud every load-balancer test runs against. A fixtures file, so the package
// build leaves it (and msw) out.
import { clientFor, createFacade } from "@openstack-ts/core";
import { mockServer, testCloud } from "@openstack-ts/mock/vitest";
import { HttpResponse } from "msw";
import { loadBalancerService } from "../src/descriptor.js";
import { loadBalancer } from "../src/service-definition.js";

export const OCTAVIA = "http://octavia.test:9876";
export const API = `${OCTAVIA}/v2`;

/**
 * Octavia's root document, as the real one reads (abridged): one entry per minor API
 * version, every one at `<url>/v2`, the newest CURRENT.
 */
export function octaviaDocument(url: string) {
  const links = [{ href: `${url}/v2`, rel: "self" }];
  return {
    versions: [
      { id: "v2.0", status: "SUPPORTED", updated: "2016-12-11T00:00:00Z", links },
      { id: "v2.25", status: "SUPPORTED", updated: "2021-10-02T00:00:00Z", links },
      { id: "v2.26", status: "CURRENT", updated: "2022-08-29T00:00:00Z", links },
    ],
  };
}

/**
 * An msw server for one test file, and `setup()` for one test: a session on a fake cloud
 * whose catalog has Octavia, the `conn.loadBalancer` façade over it, and the requests
 * Octavia saw (discovery left out).
 */
export function loadBalancerCloud() {
  const server = mockServer();
  const setup = () => {
    const cloud = testCloud(server, {
      services: { "load-balancer": { url: OCTAVIA, document: octaviaDocument(OCTAVIA) } },
      watch: `${API}/`,
    });
    return { ...cloud, facade: createFacade(clientFor(cloud.session, loadBalancerService), loadBalancer) };
  };
  return { server, setup };
}

/** `PUT /v2/lbaas/pools/p/members?additive_only=true`: what a request was, for comparing lists of them. */
export const sent = (request: Request): string => {
  const url = new URL(request.url);
  return `${request.method} ${url.pathname}${decodeURIComponent(url.search)}`;
};

/** Octavia's error body (wsme's): `faultstring` is the message. */
export const octaviaError = (status: number, faultstring: string) =>
  HttpResponse.json({ faultcode: status < 500 ? "Client" : "Server", faultstring, debuginfo: null }, { status });
