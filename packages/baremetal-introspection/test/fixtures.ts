// The fake cloud every inspector test runs against. A fixtures file, so the package build leaves it
// (and msw) out, as it does the sample bodies.
import { clientFor, createFacade } from "@openstack-ts/core";
import { mockServer, testCloud } from "@openstack-ts/mock/vitest";
import { baremetalIntrospectionService } from "../src/descriptor.js";
import { baremetalIntrospection } from "../src/service-definition.js";

export const INSPECTOR = "http://inspector.test:5050";
export const API = `${INSPECTOR}/v1`;

/** The inspector's root document as Zed's answers it: the newest microversion is the version's id. */
export const inspectorDocument = (newest = "1.18") => ({
  versions: [{ id: newest, links: [{ href: `${INSPECTOR}/v1`, rel: "self" }], status: "CURRENT" }],
});

/**
 * An msw server for one test file, and `setup()` for one test: a session on a fake cloud
 * whose catalog has the inspector, the `conn.baremetalIntrospection` façade over it, and
 * the requests it saw.
 */
export function inspectorCloud(newest?: string) {
  const server = mockServer();
  const setup = () => {
    const cloud = testCloud(server, {
      services: { "baremetal-introspection": { url: INSPECTOR, document: inspectorDocument(newest) } },
      watch: API,
    });
    return {
      ...cloud,
      facade: createFacade(clientFor(cloud.session, baremetalIntrospectionService), baremetalIntrospection),
    };
  };
  return { server, setup };
}
