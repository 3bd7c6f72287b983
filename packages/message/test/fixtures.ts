// The fake cloud every Zaqar test runs against. A fixtures file, so the package build leaves it
// (and msw) out, as it does the sample bodies.
import { clientFor, createFacade } from "@openstack-ts/core";
import { mockServer, testCloud } from "@openstack-ts/mock/vitest";
import { messageService } from "../src/descriptor.js";
import { message } from "../src/service-definition.js";

export const ZAQAR = "http://zaqar.test:8888";
export const API = `${ZAQAR}/v2`;

/** Zaqar's root document, as the real one reads: relative links, v2 CURRENT. */
export const zaqarDocument = {
  versions: [
    { id: "1.1", status: "DEPRECATED", links: [{ href: "/v1.1/", rel: "self" }] },
    { id: "2", status: "CURRENT", links: [{ href: "/v2/", rel: "self" }] },
  ],
};

/**
 * An msw server for one test file, and `setup()` for one test: a session on a fake cloud
 * whose catalog has Zaqar under the type the loopback cloud registers (`messaging`, an
 * alias of `message`), the `conn.message` façade over it, and the requests it saw.
 */
export function messageCloud() {
  const server = mockServer();
  const setup = () => {
    const cloud = testCloud(server, {
      services: { messaging: { url: ZAQAR, document: zaqarDocument } },
      watch: API,
    });
    return { ...cloud, facade: createFacade(clientFor(cloud.session, messageService), message) };
  };
  return { server, setup };
}

/** `DELETE /v2/queues/q/messages?ids=a,b`: what a request was, for comparing lists of them. */
export const sent = (request: Request): string => {
  const url = new URL(request.url);
  return `${request.method} ${url.pathname}${decodeURIComponent(url.search)}`;
};
