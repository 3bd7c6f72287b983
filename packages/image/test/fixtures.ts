// The fake cloud every image test runs against. A fixtures file, so the package build
// leaves it (and msw) out, as it does the per-resource sample bodies.
import { clientFor, createFacade, type SessionOptions } from "@openstack-ts/core";
import { mockServer, testCloud } from "@openstack-ts/mock/vitest";
import { image } from "../src/service-definition.js";
import { imageService } from "../src/descriptor.js";

export const GLANCE = "http://image.test:9292";
export const API = `${GLANCE}/v2`;

/** Glance's root document, as the real one reads (abridged): the versions, each at `<url>/v2/`. */
export function glanceDocument(url: string) {
  const self = `${url}/v2/`;
  return {
    versions: [
      { id: "v2.15", status: "CURRENT", links: [{ rel: "self", href: self }] },
      { id: "v2.14", status: "SUPPORTED", links: [{ rel: "self", href: self }] },
      { id: "v2.0", status: "SUPPORTED", links: [{ rel: "self", href: self }] },
    ],
  };
}

/**
 * An msw server for one test file, and `setup()` for one test: a session on a fake cloud
 * whose catalog has Glance, the `conn.image` façade over it, and the requests Glance saw.
 */
export function imageCloud() {
  const server = mockServer();
  const setup = (session?: Partial<SessionOptions>) => {
    const cloud = testCloud(server, {
      services: { image: { url: GLANCE, document: glanceDocument(GLANCE) } },
      watch: API,
      ...(session && { session }),
    });
    return { ...cloud, facade: createFacade(clientFor(cloud.session, imageService), image) };
  };
  return { server, setup };
}
